# expect: wrong_answer
# Turns the input into a list first and slices it: not lazy, so it takes every item
# at once, and never finishes on an endless input.
from collections import deque
from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    items = list(iterable)
    return iter([items[i:i + size] for i in range(0, len(items), size)])


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
            yield from flatten(item)
        else:
            yield item

