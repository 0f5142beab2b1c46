"""Quicksort and a stable merge sort, written without sorted(), list.sort or heapq."""


def quicksort(items) -> list:
    """Return a new ascending list of the items, sorted by quicksort. `items` is not
    modified."""
    raise NotImplementedError("write quicksort")


def merge_sort(items, key=None) -> list:
    """Return a new list of the items in ascending order of key(item) (of the items
    themselves when key is None), sorted by merge sort. Stable: items with equal keys
    keep their input order. `items` is not modified."""
    raise NotImplementedError("write merge_sort")
