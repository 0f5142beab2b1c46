# expect: wrong_answer
# Uses the closed formula phi**n / sqrt(5) in floats: fast, but floats hold about 16
# significant digits, so from F(71) on the rounded result is wrong (and for a large n
# the power overflows).
import math

PHI = (1 + math.sqrt(5)) / 2


def fibonacci(n):
    if n < 0:
        raise ValueError("n must not be negative")
    return round(PHI ** n / math.sqrt(5))
