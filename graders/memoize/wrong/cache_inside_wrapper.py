# expect: time_limit_exceeded
# Creates the dict inside the wrapper, so every call starts with an empty cache:
# nothing is ever reused, and the recursive fib(300) takes exponential time.
import functools

_KEYWORDS = object()


def memoize(func):
    counts = [0, 0]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        results = {}
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
        results[key] = func(*args, **kwargs)
        return results[key]

    wrapper.cache_info = lambda: (counts[0], counts[1])
    wrapper.cache_clear = lambda: None
    return wrapper
