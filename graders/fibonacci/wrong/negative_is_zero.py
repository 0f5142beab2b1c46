# expect: wrong_answer
# Never checks the sign: for a negative n the loop does not run and 0 comes back
# instead of a ValueError.


def fibonacci(n):
    current, following = 0, 1
    for _ in range(n):
        current, following = following, current + following
    return current
