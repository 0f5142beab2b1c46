"""A decorator that caches a function's results by its arguments."""

import functools


def memoize(func):
    """Return a wrapper of func that caches its results by arguments.

    The wrapper keeps func's __name__ and __doc__, and has two extra methods:
    cache_info() -> (hits, misses) and cache_clear().
    """
    raise NotImplementedError("write memoize")
