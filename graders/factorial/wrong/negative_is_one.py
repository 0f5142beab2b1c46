# expect: wrong_answer
# Never checks the sign: for a negative n the loop does not run and 1 comes back
# instead of a ValueError.


def factorial(n):
    if not isinstance(n, int):
        raise TypeError("n must be an int")
    product = 1
    for factor in range(2, n + 1):
        product *= factor
    return product
