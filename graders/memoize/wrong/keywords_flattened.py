# expect: wrong_answer
# Appends the sorted keyword items to the positional arguments without a marker
# between them: f(1, b=2) and f(1, ("b", 2)) get the same key (1, ("b", 2)).
import functools


def memoize(func):
    results = {}
    counts = [0, 0]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = args + tuple(sorted(kwargs.items()))
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
