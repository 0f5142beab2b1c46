# expect: wrong_answer
# Starts the sequence at 1, 1 instead of 0, 1: every answer is shifted by one place,
# fibonacci(n) returns F(n + 1).


def fibonacci(n):
    if n < 0:
        raise ValueError("n must not be negative")
    current, following = 1, 1
    for _ in range(n):
        current, following = following, current + following
    return current
