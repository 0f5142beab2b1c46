# expect: wrong_answer
# Tests for a cached result with `if results.get(key):`, so a cached None, 0, "" or
# False looks missing and the function runs again every time.
import functools

_KEYWORDS = object()


def memoize(func):
    results = {}
    counts = [0, 0]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = args
        if kwargs:
            key += (_KEYWORDS,) + tuple(sorted(kwargs.items()))
        try:
            cached = results.get(key)
        except TypeError:
            return func(*args, **kwargs)
        if cached:
            counts[0] += 1
            return cached
        counts[1] += 1
        results[key] = func(*args, **kwargs)
        return results[key]

    wrapper.cache_info = lambda: (counts[0], counts[1])
    wrapper.cache_clear = results.clear
    return wrapper
