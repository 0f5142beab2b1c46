# expect: wrong_answer
# min_coins fills its table with float('inf') for amounts not reached yet and returns
# the table's entry as it is: an amount that cannot be made gives inf, not -1.


def min_coins(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    fewest = [0] + [float("inf")] * amount
    for coin in coins:
        for value in range(coin, amount + 1):
            fewest[value] = min(fewest[value], fewest[value - coin] + 1)
    return fewest[amount]


def count_ways(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    ways = [1] + [0] * amount
    for coin in coins:
        for value in range(coin, amount + 1):
            ways[value] += ways[value - coin]
    return ways[amount]

