# expect: wrong_answer
# Starts the product from 1.0: the result is a float, which loses digits past 2**53
# (factorial(100) is off) and is not an int.


def factorial(n):
    if not isinstance(n, int):
        raise TypeError("n must be an int")
    if n < 0:
        raise ValueError("n must not be negative")
    product = 1.0
    for factor in range(2, n + 1):
        product *= factor
    return product
