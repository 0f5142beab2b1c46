# expect: wrong_answer
# Keeps one cache and one pair of counts for the whole module, keyed by the arguments
# only: two memoized functions called with the same arguments share an entry.
import functools

_RESULTS = {}
_COUNTS = [0, 0]
_KEYWORDS = object()


def memoize(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = args
        if kwargs:
            key += (_KEYWORDS,) + tuple(sorted(kwargs.items()))
        try:
            cached = key in _RESULTS
        except TypeError:
            return func(*args, **kwargs)
        if cached:
            _COUNTS[0] += 1
            return _RESULTS[key]
        _COUNTS[1] += 1
        _RESULTS[key] = func(*args, **kwargs)
        return _RESULTS[key]

    wrapper.cache_info = lambda: (_COUNTS[0], _COUNTS[1])
    wrapper.cache_clear = _RESULTS.clear
    return wrapper
