"""Lazy generators for pipelines: chunked, window and flatten."""

from collections import deque
from itertools import islice


def chunked(iterable, size):
    """Yield lists of `size` consecutive items (the last one may be shorter).
    Raise ValueError at the call itself when size < 1."""
    if size < 1:
        raise ValueError("size must be at least 1")
    # NOTE: a plain function returning a generator, so that the check above runs at
    # the call and not at the first next().
    return _chunks(iter(iterable), size)


def _chunks(iterator, size):
    while True:
        chunk = list(islice(iterator, size))
        if not chunk:
            return
        yield chunk


def window(iterable, n):
    """Yield a tuple of every n consecutive items: a window sliding by one item."""
    iterator = iter(iterable)
    current = deque(islice(iterator, n), maxlen=n)
    if len(current) < n:
        return
    yield tuple(current)
    for item in iterator:
        current.append(item)
        yield tuple(current)


def flatten(nested):
    """Yield the leaves of arbitrarily nested lists and tuples; everything else
    (strings, bytes, dicts, sets, ranges, numbers, ...) is a leaf."""
    # A stack of the iterators still being walked: no recursion, so any depth works.
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, (list, tuple)):
                stack.append(iter(item))
                break
            yield item
        else:
            stack.pop()
