# expect: wrong_answer
# Starts the product from n itself and multiplies in the factors below it: right for
# every n >= 1, but factorial(0) returns 0 instead of 1 (the empty product).


def factorial(n):
    if not isinstance(n, int):
        raise TypeError("n must be an int")
    if n < 0:
        raise ValueError("n must not be negative")
    product = n
    for factor in range(2, n):
        product *= factor
    return product
