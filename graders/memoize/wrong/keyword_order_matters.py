# expect: wrong_answer
# Puts the keyword arguments into the key in the order they were given, so
# f(a=1, b=2) and f(b=2, a=1) are two entries and the function runs twice.
import functools

_KEYWORDS = object()


def memoize(func):
    results = {}
    counts = [0, 0]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = args
        if kwargs:
            key += (_KEYWORDS,) + tuple(kwargs.items())
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
