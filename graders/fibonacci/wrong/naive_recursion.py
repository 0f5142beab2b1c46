# expect: time_limit_exceeded
# Follows the definition literally: two recursive calls per number recompute the same
# values again and again, about 1.6**n calls in all, so fibonacci(60) never finishes.


def fibonacci(n):
    if n < 0:
        raise ValueError("n must not be negative")
    if n < 2:
        return n
    return fibonacci(n - 1) + fibonacci(n - 2)
