# expect: wrong_answer
# Converts the argument with int() "to be safe": "5" and 5.0 are accepted, and 2.5
# is silently truncated to 2, instead of raising TypeError.


def factorial(n):
    n = int(n)
    if n < 0:
        raise ValueError("n must not be negative")
    product = 1
    for factor in range(2, n + 1):
        product *= factor
    return product
