# expect: wrong_answer
# Builds the key from the positional arguments only: f(a=1) and f(a=2) share the
# entry (), so the second call returns the first call's result.
import functools


def memoize(func):
    results = {}
    counts = [0, 0]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            cached = args in results
        except TypeError:
            return func(*args, **kwargs)
        if cached:
            counts[0] += 1
            return results[args]
        counts[1] += 1
        results[args] = func(*args, **kwargs)
        return results[args]

    wrapper.cache_info = lambda: (counts[0], counts[1])
    wrapper.cache_clear = results.clear
    return wrapper
