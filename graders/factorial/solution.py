"""The factorial of a whole number, computed without math.factorial."""


def factorial(n: int) -> int:
    """Return n! (1 * 2 * ... * n; 0! is 1). Raise ValueError when n is negative and
    TypeError when n is a float or a str."""
    if not isinstance(n, int):
        raise TypeError("n must be an int, not %s" % type(n).__name__)
    if n < 0:
        raise ValueError("n must not be negative")
    product = 1
    for factor in range(2, n + 1):
        product *= factor
    return product
