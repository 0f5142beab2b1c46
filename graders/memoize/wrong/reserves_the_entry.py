# expect: wrong_answer
# Reserves the cache entry before calling the function and fills it in afterwards;
# when the function raises, the reserved None stays cached and is returned next time.
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
            cached = key in results
        except TypeError:
            return func(*args, **kwargs)
        if cached:
            counts[0] += 1
            return results[key]
        counts[1] += 1
        results[key] = None
        results[key] = func(*args, **kwargs)
        return results[key]

    wrapper.cache_info = lambda: (counts[0], counts[1])
    wrapper.cache_clear = results.clear
    return wrapper
