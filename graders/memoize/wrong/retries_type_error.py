# expect: wrong_answer
# Wraps the whole lookup-and-call in `try ... except TypeError`, meant for unhashable
# keys: when the function itself raises TypeError, it is called a second time.
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
            if key in results:
                counts[0] += 1
                return results[key]
            counts[1] += 1
            results[key] = func(*args, **kwargs)
            return results[key]
        except TypeError:
            return func(*args, **kwargs)

    wrapper.cache_info = lambda: (counts[0], counts[1])
    wrapper.cache_clear = results.clear
    return wrapper
