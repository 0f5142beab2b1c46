"""Trusted test code for priority-queue: large workloads summed up in checksums."""

import random
from zlib import crc32


def _digest(items):
    """A CRC of the items' reprs, in order: one number that stands for the whole list."""
    return crc32(",".join(map(repr, items)).encode("utf-8"))


class Unordered:
    """An item that cannot be compared (no <) nor hashed, with a label to read back."""

    __hash__ = None

    def __init__(self, label):
        self.label = label

    def __eq__(self, other):
        return self is other

    def __repr__(self):
        return "Unordered(%r)" % self.label


def labels(queue):
    """Pop every item and return their labels (or reprs, for other items), in order."""
    out = []
    while len(queue) > 0:
        item = queue.pop()
        out.append(item.label if isinstance(item, Unordered) else repr(item))
    return out


def push_then_pop(n, seed, spread=1000):
    """Push n ints with random priorities from range(spread) (many ties), the items
    counting down so that their own order is not the push order; then pop them all,
    checking every 1000th pop against peek(). Returns (len after the pushes, how
    many peeks matched, a digest of the popped items, len and bool at the end)."""
    rng = random.Random(seed)
    priorities = [int(rng.random() * spread) for _ in range(n)]
    queue = PriorityQueue()
    push, pop = queue.push, queue.pop
    for index in range(n):
        push(n - index, priorities[index])
    size = len(queue)
    popped = []
    matched = 0
    for index in range(n):
        if index % 1000 == 0:
            peeked = queue.peek()
            popped.append(pop())
            matched += peeked is popped[-1]
        else:
            popped.append(pop())
    return size, matched, _digest(popped), len(queue), bool(queue)


def interleaved(n, seed):
    """n pushes of random int, float and negative priorities; after every second push,
    one pop. Then pop the rest. Returns (a digest of the items popped along the way,
    len before draining, a digest of the drained items)."""
    rng = random.Random(seed)
    priorities = [int(rng.random() * 100) - 50 for _ in range(n)]
    priorities = [p / 4 if p % 3 == 0 else p for p in priorities]
    queue = PriorityQueue()
    push, pop = queue.push, queue.pop
    along = []
    for index in range(n):
        push(index, priorities[index])
        if index % 2 == 1:
            along.append(pop())
    size = len(queue)
    drained = []
    while queue:
        drained.append(pop())
    return _digest(along), size, _digest(drained)
