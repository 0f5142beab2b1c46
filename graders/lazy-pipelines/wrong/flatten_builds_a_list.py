# expect: wrong_answer
# Collects every leaf into a list before returning an iterator over it: not lazy, so
# it takes the whole input at once, and never finishes on an endless input.
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
    leaves = []

    def walk(items):
        for item in items:
            if isinstance(item, (list, tuple)):
                walk(item)
            else:
                leaves.append(item)

    walk(nested)
    return iter(leaves)
