# expect: wrong_answer
# Off by one: range(1, n) stops before n, so factor n itself is never multiplied in.


def factorial(n):
    if not isinstance(n, int):
        raise TypeError("n must be an int")
    if n < 0:
        raise ValueError("n must not be negative")
    product = 1
    for factor in range(1, n):
        product *= factor
    return product
