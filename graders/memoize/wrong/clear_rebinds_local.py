# expect: wrong_answer
# cache_clear assigns a new dict to a local name instead of emptying the cache the
# wrapper uses: after cache_clear() the old results are still returned.
import functools


def memoize(func):
    results = {}
    counts = [0, 0]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
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

    def cache_clear():
        results = {}  # noqa: F841 (the mistake: a new local, the cache is untouched)
        counts[0] = counts[1] = 0

    wrapper.cache_info = lambda: (counts[0], counts[1])
    wrapper.cache_clear = cache_clear
    return wrapper
