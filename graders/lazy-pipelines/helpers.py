"""Trusted test code for lazy-pipelines: an iterator that counts what is taken from it,
and deeply nested inputs."""


class Counting:
    """An iterator over `items` that counts, in `.taken`, the items taken from it."""

    def __init__(self, items):
        self._items = iter(items)
        self.taken = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._items)
        self.taken += 1
        return item


def nest(depth, leaf):
    """[[[...[leaf]...]]]: `leaf` inside `depth` lists."""
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


def staircase(depth):
    """[0, (1, [2, (3, ... [depth - 1])])]: each level holds a number and the next
    level, lists and tuples in turn."""
    value = [depth - 1]
    for level in range(depth - 2, -1, -1):
        value = (level, value) if level % 2 else [level, value]
    return value
