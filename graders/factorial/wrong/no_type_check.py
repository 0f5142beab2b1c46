# expect: wrong_answer
# Counts n down in a while loop without checking its type: factorial(5.0) returns
# 120.0 instead of raising TypeError.


def factorial(n):
    if n < 0:
        raise ValueError("n must not be negative")
    product = 1
    while n > 1:
        product *= n
        n -= 1
    return product
