# expect: time_limit_exceeded
# Plain recursion without memoisation: the same remaining amounts are solved again and
# again, an exponential number of calls, so even amounts in the hundreds take far too
# long.


def min_coins(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    if amount == 0:
        return 0
    best = -1
    for coin in coins:
        if coin <= amount:
            rest = min_coins(coins, amount - coin)
            if rest != -1 and (best == -1 or rest + 1 < best):
                best = rest + 1
    return best


def count_ways(coins, amount):
    if amount < 0:
        raise ValueError("amount must not be negative")
    return _ways(coins, 0, amount)


def _ways(coins, index, amount):
    """The multisets of coins[index:] summing to amount."""
    if amount == 0:
        return 1
    if index == len(coins):
        return 0
    total = _ways(coins, index + 1, amount)
    if coins[index] <= amount:
        total += _ways(coins, index, amount - coins[index])
    return total
