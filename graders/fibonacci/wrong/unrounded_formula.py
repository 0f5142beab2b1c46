# expect: wrong_answer
# Uses the closed formula (phi**n - psi**n) / sqrt(5) without rounding: the result is a
# float, often a hair off (F(3) comes out as 2.0000000000000004), never an int.
import math

SQRT5 = math.sqrt(5)
PHI = (1 + SQRT5) / 2
PSI = (1 - SQRT5) / 2


def fibonacci(n):
    if n < 0:
        raise ValueError("n must not be negative")
    return (PHI ** n - PSI ** n) / SQRT5
