# expect: wrong_answer
# Runs the loop n - 1 times and returns the later of the two numbers: right for every
# n >= 1, but fibonacci(0) returns 1 instead of 0.


def fibonacci(n):
    if n < 0:
        raise ValueError("n must not be negative")
    previous, current = 0, 1
    for _ in range(n - 1):
        previous, current = current, previous + current
    return current
