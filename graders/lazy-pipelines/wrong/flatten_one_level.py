# expect: wrong_answer
# Opens only the first level of nesting: a list inside a list comes out whole.
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
    iterator = iter(iterable)
    current = deque(islice(iterator, n), maxlen=n)
    if len(current) < n:
        return
    yield tuple(current)
    for item in iterator:
        current.append(item)
        yield tuple(current)


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from item
        else:
            yield item
