# expect: time_limit_exceeded
# Multiplies a list of decimal digits by hand, as in a language without big integers:
# every step walks all the digits in Python code, so factorial(5000) takes far too long.


def factorial(n):
    if not isinstance(n, int):
        raise TypeError("n must be an int")
    if n < 0:
        raise ValueError("n must not be negative")
    digits = [1]  # least significant digit first
    for factor in range(2, n + 1):
        carry = 0
        for index in range(len(digits)):
            carry += digits[index] * factor
            digits[index] = carry % 10
            carry //= 10
        while carry:
            digits.append(carry % 10)
            carry //= 10
    value = 0
    for digit in reversed(digits):
        value = value * 10 + digit
    return value
