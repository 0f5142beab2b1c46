"""Trusted test code for dedupe: large inputs, checked through a digest."""

import random
from array import array
from hashlib import sha256
from operator import itemgetter

_first = itemgetter(0)
_second = itemgetter(1)


def _digest(numbers):
    """The first 16 hex digits of the sha256 of the ints, in order."""
    return sha256(array("q", numbers).tobytes()).hexdigest()[:16]


def big_dedupe(seed, size, distinct, generator=False):
    """Dedupe `size` random ints drawn from range(distinct), passed as a list or, with
    `generator`, as a generator. Returns (type of the result, its length, a digest of
    its values in order); (type, length, 'not all ints') when it holds anything else."""
    rng = random.Random(seed)
    values = rng.choices(range(distinct), k=size)
    result = dedupe((value for value in values) if generator else values)
    if type(result) is not list or not all(type(value) is int for value in result):
        return (type(result).__name__, len(result), "not all ints")
    return ("list", len(result), _digest(result))


def big_dedupe_by_key(seed, size, distinct):
    """Dedupe `size` unhashable items [value, position], generated one by one, by the
    key item[0] (values drawn from range(distinct)). Returns (type of the result, its
    length, a digest of the values kept, a digest of their positions): the positions
    show whether each kept item is the first of its group."""
    rng = random.Random(seed)
    values = rng.choices(range(distinct), k=size)
    items = ([value, position] for position, value in enumerate(values))
    result = dedupe(items, key=_first)
    if type(result) is not list or not all(type(item) is list for item in result):
        return (type(result).__name__, len(result), "not all lists")
    return (
        "list",
        len(result),
        _digest(list(map(_first, result))),
        _digest(list(map(_second, result))),
    )
