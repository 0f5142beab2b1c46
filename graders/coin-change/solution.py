"""Coin change: the fewest coins for an amount, and the number of ways to make it."""


def min_coins(coins: list, amount: int) -> int:
    """The fewest coins (any number of each denomination) that sum to `amount`; 0 for
    amount 0, -1 when it cannot be made. Raise ValueError when amount is negative."""
    if amount < 0:
        raise ValueError("amount must not be negative")
    unreachable = amount + 1  # more coins than any way of making `amount` can need
    fewest = [0] + [unreachable] * amount  # fewest[v]: the fewest coins summing to v
    for coin in coins:
        for value in range(coin, amount + 1):
            candidate = fewest[value - coin] + 1
            if candidate < fewest[value]:
                fewest[value] = candidate
    return fewest[amount] if fewest[amount] < unreachable else -1


def count_ways(coins: list, amount: int) -> int:
    """How many multisets of coins (order does not matter) sum to `amount`; 1 for
    amount 0. Raise ValueError when amount is negative."""
    if amount < 0:
        raise ValueError("amount must not be negative")
    # NOTE: the coins are the outer loop, so each multiset is counted once, with its
    # coins taken in the order of `coins` (an outer loop over amounts counts orderings).
    ways = [1] + [0] * amount  # ways[v]: the multisets of the coins seen so far summing to v
    for coin in coins:
        for value in range(coin, amount + 1):
            ways[value] += ways[value - coin]
    return ways[amount]
