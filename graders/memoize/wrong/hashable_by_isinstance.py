# expect: runtime_error
# Decides hashability with isinstance(arg, Hashable), which says yes for any tuple:
# a tuple holding a list gets past the check and the dict lookup raises TypeError.
import functools
from collections.abc import Hashable


def memoize(func):
    results = {}
    counts = [0, 0]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        values = list(args) + list(kwargs.values())
        if not all(isinstance(value, Hashable) for value in values):
            return func(*args, **kwargs)
        key = (args, tuple(sorted(kwargs.items())))
        if key in results:
            counts[0] += 1
            return results[key]
        counts[1] += 1
        results[key] = func(*args, **kwargs)
        return results[key]

    wrapper.cache_info = lambda: (counts[0], counts[1])
    wrapper.cache_clear = results.clear
    return wrapper
