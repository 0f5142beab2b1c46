# expect: runtime_error
# Memoises the recursion with functools.lru_cache: each value is computed once, but the
# first call still recurses one level per number, and past Python's recursion limit
# fibonacci(1000) and fibonacci(100_000) stop with RecursionError.
import functools


@functools.lru_cache(maxsize=None)
def fibonacci(n):
    if n < 0:
        raise ValueError("n must not be negative")
    if n < 2:
        return n
    return fibonacci(n - 1) + fibonacci(n - 2)
