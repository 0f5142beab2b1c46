# expect: runtime_error
# Recursion with memoisation (functools.lru_cache): each amount is solved once, but the
# recursion goes one level per coin taken, and an amount of 10,000 goes past Python's
# recursion limit (RecursionError).
import functools


def min_coins(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    coins = tuple(coins)

    @functools.lru_cache(maxsize=None)
    def fewest(rest):
        if rest == 0:
            return 0
        best = -1
        for coin in coins:
            if coin <= rest:
                sub = fewest(rest - coin)
                if sub != -1 and (best == -1 or sub + 1 < best):
                    best = sub + 1
        return best

    return fewest(amount)


def count_ways(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    coins = tuple(coins)

    @functools.lru_cache(maxsize=None)
    def ways(index, rest):
        if rest == 0:
            return 1
        if index == len(coins):
            return 0
        total = ways(index + 1, rest)
        if coins[index] <= rest:
            total += ways(index, rest - coins[index])
        return total

    return ways(0, amount)
