"""Trusted test code for sorting: 100,000-item inputs, checked through a digest."""

import random
from array import array
from hashlib import sha256
from operator import itemgetter

_by_key = itemgetter("key")
_at = itemgetter("at")


def _numbers(kind, size, seed):
    """`size` ints: random, already sorted, reversed, all equal, or random with few
    distinct values (5) or many ties (1000 distinct values)."""
    rng = random.Random(seed)
    if kind == "random":
        return rng.choices(range(-10 ** 9, 10 ** 9), k=size)
    if kind == "sorted":
        return list(range(size))
    if kind == "reversed":
        return list(range(size, 0, -1))
    if kind == "equal":
        return [7] * size
    if kind == "few":
        return rng.choices(range(5), k=size)
    if kind == "ties":
        return rng.choices(range(1000), k=size)
    raise ValueError(kind)


def _digest(numbers):
    """The first 16 hex digits of the sha256 of the ints, in order."""
    return sha256(array("q", numbers).tobytes()).hexdigest()[:16]


def sort_report(function, kind, size=100000, seed=1):
    """Sort `size` ints of the given kind with the named function ('quicksort' or
    'merge_sort'). Returns (type of the result, its length, a digest of its values in
    order, whether the input list is unchanged); (type, length, 'not all ints') when the
    result holds anything else."""
    items = _numbers(kind, size, seed)
    before = list(items)
    sort = quicksort if function == "quicksort" else merge_sort
    result = sort(items)
    if type(result) is not list or not all(type(value) is int for value in result):
        return (type(result).__name__, len(result), "not all ints")
    return ("list", len(result), _digest(result), items == before)


def stable_report(kind, size=100000, seed=1):
    """merge_sort `size` dicts {'key': k, 'at': position} by their key (dicts cannot be
    compared with <, so only the keys may be). Returns (type of the result, its length, a
    digest of the keys in order, a digest of the positions in order, whether the input
    list is unchanged): the positions show whether equal keys kept their input order."""
    keys = _numbers(kind, size, seed)
    items = [{"key": k, "at": position} for position, k in enumerate(keys)]
    before = list(items)
    result = merge_sort(items, key=_by_key)
    if type(result) is not list or not all(type(item) is dict for item in result):
        return (type(result).__name__, len(result), "not all dicts")
    return (
        "list",
        len(result),
        _digest(list(map(_by_key, result))),
        _digest(list(map(_at, result))),
        items == before,
    )
