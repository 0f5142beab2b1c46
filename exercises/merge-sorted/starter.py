"""Merge two sorted lists into one, in linear time."""


def merge_sorted(left: list, right: list) -> list:
    """Return a new ascending list holding every element of the ascending lists
    `left` and `right` (duplicates kept), without modifying either."""
    raise NotImplementedError("write merge_sorted")
