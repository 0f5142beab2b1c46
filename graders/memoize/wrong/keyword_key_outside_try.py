# expect: runtime_error
# Builds the key with frozenset(kwargs.items()) before the `try` that guards the
# lookup: an unhashable keyword argument raises TypeError while making the key.
import functools


def memoize(func):
    results = {}
    counts = [0, 0]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (args, frozenset(kwargs.items()))
        try:
            cached = key in results
        except TypeError:
            return func(*args, **kwargs)
        if cached:
            counts[0] += 1
            return results[key]
        counts[1] += 1
        results[key] = func(*args, **kwargs)
        return results[key]

    wrapper.cache_info = lambda: (counts[0], counts[1])
    wrapper.cache_clear = results.clear
    return wrapper
