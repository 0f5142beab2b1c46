"""The Fibonacci numbers, computed fast and exactly."""


def fibonacci(n: int) -> int:
    """Return F(n), where F(0) = 0, F(1) = 1 and F(n) = F(n - 1) + F(n - 2).
    Raise ValueError when n is negative."""
    raise NotImplementedError("write fibonacci")
