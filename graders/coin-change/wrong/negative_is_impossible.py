# expect: wrong_answer
# Treats a negative amount as an amount that cannot be made (-1 coins, 0 ways) instead
# of raising ValueError.


def min_coins(coins, amount):
    if amount < 0:
        return -1
    unreachable = amount + 1
    fewest = [0] + [unreachable] * amount
    for coin in coins:
        for value in range(coin, amount + 1):
            fewest[value] = min(fewest[value], fewest[value - coin] + 1)
    return fewest[amount] if fewest[amount] < unreachable else -1


def count_ways(coins, amount):
    if amount < 0:
        return 0
    ways = [1] + [0] * amount
    for coin in coins:
        for value in range(coin, amount + 1):
            ways[value] += ways[value - coin]
    return ways[amount]
