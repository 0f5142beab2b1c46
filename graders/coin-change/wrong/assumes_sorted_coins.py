# expect: wrong_answer
# Stops looking at the coins for an amount at the first coin that is too large,
# assuming the coins come in ascending order: with [5, 1, 2] the 5 stops every small
# amount before the 1 and the 2 are tried.


def min_coins(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    unreachable = amount + 1
    fewest = [0] + [unreachable] * amount
    for value in range(1, amount + 1):
        for coin in coins:
            if coin > value:
                break
            fewest[value] = min(fewest[value], fewest[value - coin] + 1)
    return fewest[amount] if fewest[amount] < unreachable else -1


def count_ways(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    ways = [1] + [0] * amount
    for coin in coins:
        for value in range(coin, amount + 1):
            ways[value] += ways[value - coin]
    return ways[amount]

