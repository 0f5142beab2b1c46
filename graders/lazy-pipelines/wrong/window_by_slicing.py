# expect: runtime_error
# Slices the input by index: works for lists and strings, but a generator or an
# iterator has no len() and cannot be sliced.
from collections import deque
from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _chunks(iter(iterable), size)


def _chunks(iterator, size):
    while True:
        chunk = list(islice(iterator, size))
        if not chunk:
            return
        yield chunk


def window(iterable, n):
    for start in range(len(iterable) - n + 1):
        yield tuple(iterable[start:start + n])


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

