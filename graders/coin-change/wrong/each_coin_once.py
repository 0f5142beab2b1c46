# expect: wrong_answer
# Fills the tables from the top amount downwards, as in the 0/1 knapsack: each
# denomination is then used at most once, so 9 cannot be paid with coins [3].


def min_coins(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    unreachable = amount + 1
    fewest = [0] + [unreachable] * amount
    for coin in coins:
        for value in range(amount, coin - 1, -1):
            fewest[value] = min(fewest[value], fewest[value - coin] + 1)
    return fewest[amount] if fewest[amount] < unreachable else -1


def count_ways(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    ways = [1] + [0] * amount
    for coin in coins:
        for value in range(amount, coin - 1, -1):
            ways[value] += ways[value - coin]
    return ways[amount]
