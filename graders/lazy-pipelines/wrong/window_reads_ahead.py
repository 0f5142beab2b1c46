# expect: wrong_answer
# Yields a full window only when the next item arrives (and once more at the end):
# the results are right, but it always takes one item more than it needs.
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
    current = deque(maxlen=n)
    for item in iterable:
        if len(current) == n:
            yield tuple(current)
        current.append(item)
    if len(current) == n:
        yield tuple(current)


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

