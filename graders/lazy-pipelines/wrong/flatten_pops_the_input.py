# expect: wrong_answer
# Uses the input lists themselves as its stack, popping items off them: the leaves
# come out right, but the caller's lists are emptied.
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
    stack = [nested if isinstance(nested, list) else list(nested)]
    while stack:
        top = stack[-1]
        if not top:
            stack.pop()
            continue
        item = top.pop(0)
        if isinstance(item, tuple):
            item = list(item)
        if isinstance(item, list):
            stack.append(item)
        else:
            yield item
