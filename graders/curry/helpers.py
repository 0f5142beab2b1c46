"""Trusted test code for curry: functions of various signatures, and one that records
its calls."""

import functools


def recorder():
    """A function of three required positional parameters (and an optional keyword
    `tag`) that records each call it gets, and the list of those calls."""
    calls = []

    def record(a, b, c, *, tag=None):
        calls.append((a, b, c, tag))
        return a + b + c

    return record, calls


def greet(greeting, name, *, punctuation="!"):
    return "%s, %s%s" % (greeting, name, punctuation)


def scaled(a, b, *, factor):
    return (a + b) * factor


def power(base, exponent=2):
    return base ** exponent


def volume(length, width, height):
    return length * width * height


def logged(func):
    """A decorator that keeps func's signature visible through functools.wraps."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def scale(self, a, b):
        return self.factor * (a + b)


def ten(a, b, c, d, e, f, g, h, i, j):
    return [a, b, c, d, e, f, g, h, i, j]


def pos_only(a, b, /):
    return a - b
