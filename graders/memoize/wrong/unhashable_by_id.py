# expect: wrong_answer
# Falls back to the id() of an unhashable argument instead of skipping the cache: a
# list that changed since the last call still gets the old result.
import functools

_KEYWORDS = object()


def _hashable(value):
    try:
        hash(value)
    except TypeError:
        return ("id", id(value))
    return value


def memoize(func):
    results = {}
    counts = [0, 0]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = tuple(_hashable(a) for a in args)
        if kwargs:
            key += (_KEYWORDS,) + tuple(sorted((k, _hashable(v)) for k, v in kwargs.items()))
        if key in results:
            counts[0] += 1
            return results[key]
        counts[1] += 1
        results[key] = func(*args, **kwargs)
        return results[key]

    wrapper.cache_info = lambda: (counts[0], counts[1])
    wrapper.cache_clear = results.clear
    return wrapper
