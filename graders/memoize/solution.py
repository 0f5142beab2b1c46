"""A decorator that caches a function's results by its arguments."""

import functools

# Separates the positional arguments from the keyword arguments in a key, so that
# f(1, ("b", 2)) and f(1, b=2) get different keys.
_KEYWORDS = object()


def memoize(func):
    """Return a wrapper of func that caches its results by arguments.

    The wrapper keeps func's __name__ and __doc__, and has two extra methods:
    cache_info() -> (hits, misses) and cache_clear().
    """
    results = {}
    hits = misses = 0

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal hits, misses
        key = args
        if kwargs:
            key += (_KEYWORDS,) + tuple(sorted(kwargs.items()))
        try:
            cached = key in results
        except TypeError:  # an unhashable argument: skip the cache
            return func(*args, **kwargs)
        if cached:
            hits += 1
            return results[key]
        misses += 1
        result = func(*args, **kwargs)
        results[key] = result
        return result

    def cache_info():
        return (hits, misses)

    def cache_clear():
        nonlocal hits, misses
        results.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper
