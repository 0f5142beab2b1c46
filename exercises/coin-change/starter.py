"""Coin change: the fewest coins for an amount, and the number of ways to make it."""


def min_coins(coins: list, amount: int) -> int:
    """The fewest coins (any number of each denomination) that sum to `amount`; 0 for
    amount 0, -1 when it cannot be made. Raise ValueError when amount is negative."""
    raise NotImplementedError("write min_coins")


def count_ways(coins: list, amount: int) -> int:
    """How many multisets of coins (order does not matter) sum to `amount`; 1 for
    amount 0. Raise ValueError when amount is negative."""
    raise NotImplementedError("write count_ways")
