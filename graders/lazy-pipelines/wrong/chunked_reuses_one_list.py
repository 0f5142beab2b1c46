# expect: wrong_answer
# Yields the same list every time and clears it for the next chunk, so the chunks
# already handed out change under the caller.
from collections import deque
from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _chunks(iterable, size)


def _chunks(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk.clear()
    if chunk:
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
            yield from flatten(item)
        else:
            yield item

