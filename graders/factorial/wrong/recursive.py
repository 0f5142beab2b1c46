# expect: runtime_error
# Recursion, one call per number: past Python's recursion limit (about 1000 frames),
# factorial(1000) and factorial(5000) stop with RecursionError.


def factorial(n):
    if not isinstance(n, int):
        raise TypeError("n must be an int")
    if n < 0:
        raise ValueError("n must not be negative")
    if n == 0:
        return 1
    return n * factorial(n - 1)
