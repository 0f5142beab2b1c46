# expect: wrong_answer
# Marks an unreachable amount with a fixed "large" number, 10**4: an answer of 10,000 coins
# (the coin 1 alone, amount 10,000) is taken for "impossible" and -1 comes back.

_UNREACHABLE = 10 ** 4


def min_coins(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    fewest = [0] + [_UNREACHABLE] * amount
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total and fewest[total - coin] + 1 < fewest[total]:
                fewest[total] = fewest[total - coin] + 1
    return -1 if fewest[amount] >= _UNREACHABLE else fewest[amount]


def count_ways(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    ways = [1] + [0] * amount
    for coin in coins:
        for total in range(coin, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]
