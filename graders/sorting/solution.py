"""Quicksort and a stable merge sort, written without sorted(), list.sort or heapq."""

import random

# Lists this short are sorted by insertion: fewer steps than splitting them further.
_SMALL = 16


def quicksort(items):
    """Return a new ascending list of the items."""
    items = list(items)
    if len(items) <= _SMALL:
        return _insertion_sort(items)
    # NOTE: a random pivot keeps sorted and reversed inputs from being the worst case,
    # and the three-way split puts every copy of the pivot aside at once, so a list of
    # equal items is done in one pass.
    pivot = random.choice(items)
    smaller = [item for item in items if item < pivot]
    larger = [item for item in items if pivot < item]
    equal = [item for item in items if not (item < pivot or pivot < item)]
    return quicksort(smaller) + equal + quicksort(larger)


def merge_sort(items, key=None):
    """Return a new list of the items in ascending order of key(item) (of the items
    themselves when key is None). Stable: items with equal keys keep their input order."""
    if key is None:
        keyed = [(item, item) for item in items]
    else:
        keyed = [(key(item), item) for item in items]
    return [item for _, item in _sort_keyed(keyed)]


def _sort_keyed(keyed):
    """Sort (key, item) pairs by key alone, stably."""
    if len(keyed) <= _SMALL:
        return _insertion_sort_keyed(keyed)
    middle = len(keyed) // 2
    return _merge(_sort_keyed(keyed[:middle]), _sort_keyed(keyed[middle:]))


def _merge(left, right):
    """Merge two sorted runs of (key, item) pairs; on equal keys the left one goes first."""
    merged = []
    append = merged.append
    i = j = 0
    left_size, right_size = len(left), len(right)
    while i < left_size and j < right_size:
        if right[j][0] < left[i][0]:
            append(right[j])
            j += 1
        else:
            append(left[i])
            i += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def _insertion_sort(items):
    """A new ascending list of a few items."""
    placed = []
    for item in items:
        position = len(placed)
        while position and item < placed[position - 1]:
            position -= 1
        placed.insert(position, item)
    return placed


def _insertion_sort_keyed(keyed):
    """A few (key, item) pairs sorted by key, stably: each pair goes after every pair
    already placed whose key is not greater than its own."""
    placed = []
    for pair in keyed:
        key = pair[0]
        position = len(placed)
        while position and key < placed[position - 1][0]:
            position -= 1
        placed.insert(position, pair)
    return placed
