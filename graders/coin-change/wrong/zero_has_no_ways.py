# expect: wrong_answer
# count_ways answers 0 for the amount 0 ("nothing to pay, so no way to pay it"): the
# empty combination is one way, so the answer is 1.
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
    if amount == 0:
        return 0
    ways = [1] + [0] * amount
    for coin in coins:
        for value in range(coin, amount + 1):
            ways[value] += ways[value - coin]
    return ways[amount]
