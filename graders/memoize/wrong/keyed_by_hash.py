# expect: wrong_answer
# Stores each result under hash() of the arguments instead of the arguments: two
# different arguments with the same hash (-1 and -2 in CPython) share an entry.
import functools


def memoize(func):
    results = {}
    counts = [0, 0]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            key = hash((args, tuple(sorted(kwargs.items()))))
        except TypeError:
            return func(*args, **kwargs)
        if key in results:
            counts[0] += 1
            return results[key]
        counts[1] += 1
        results[key] = func(*args, **kwargs)
        return results[key]

    wrapper.cache_info = lambda: (counts[0], counts[1])
    wrapper.cache_clear = results.clear
    return wrapper
