# expect: wrong_answer
# count_ways loops over the amounts outside and the coins inside: it counts orderings
# (1 + 2 and 2 + 1 twice) instead of combinations.
def min_coins(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    unreachable = amount + 1
    fewest = [0] + [unreachable] * amount
    for coin in coins:
        for value in range(coin, amount + 1):
            fewest[value] = min(fewest[value], fewest[value - coin] + 1)
    return fewest[amount] if fewest[amount] < unreachable else -1


def count_ways(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    ways = [1] + [0] * amount
    for value in range(1, amount + 1):
        for coin in coins:
            if coin <= value:
                ways[value] += ways[value - coin]
    return ways[amount]
