# expect: wrong_answer
# min_coins takes the largest coin that fits, again and again: with coins [1, 3, 4] it
# pays 6 as 4 + 1 + 1 instead of 3 + 3, and with [3, 5] it gets stuck on 9.


def min_coins(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    count = 0
    for coin in reversed(_ascending(coins)):
        count += amount // coin
        amount %= coin
    return count if amount == 0 else -1


def _ascending(coins):
    """The coins in ascending order (an insertion sort)."""
    result = []
    for coin in coins:
        position = len(result)
        while position and result[position - 1] > coin:
            position -= 1
        result.insert(position, coin)
    return result


def count_ways(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    ways = [1] + [0] * amount
    for coin in coins:
        for value in range(coin, amount + 1):
            ways[value] += ways[value - coin]
    return ways[amount]

