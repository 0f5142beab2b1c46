"""Trusted test code for fibonacci: facts about a result too large to write out."""

# NOTE: bound when the helpers load, so that a solution cannot replace them meanwhile.
_bit_length = int.bit_length
_mod = int.__mod__

_MODULUS = 1000000007


def fibonacci_digest(n):
    """Call fibonacci(n) and describe what came back: for an int, ('int', its bit
    length, its remainder modulo 10**9 + 7); for anything else, its type's name alone.
    (Never str() of the value: Python 3.11+ refuses to convert ints of over 4300
    digits.)"""
    value = fibonacci(n)
    if type(value) is not int:
        return (type(value).__name__,)
    return ("int", _bit_length(value), _mod(value, _MODULUS))
