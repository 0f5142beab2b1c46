"""The factorial of a whole number, computed without math.factorial."""


def factorial(n: int) -> int:
    """Return n! (1 * 2 * ... * n; 0! is 1). Raise ValueError when n is negative and
    TypeError when n is a float or a str."""
    raise NotImplementedError("write factorial")
