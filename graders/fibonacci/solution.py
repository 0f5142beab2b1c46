"""The Fibonacci numbers, computed fast and exactly."""


def fibonacci(n: int) -> int:
    """Return F(n), where F(0) = 0, F(1) = 1 and F(n) = F(n - 1) + F(n - 2).
    Raise ValueError when n is negative."""
    if n < 0:
        raise ValueError("n must not be negative")
    current, following = 0, 1
    for _ in range(n):
        current, following = following, current + following
    return current
