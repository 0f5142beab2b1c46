"""Sort a list of tuples by their second element, stably."""

from operator import itemgetter


def sort_by_second(pairs: list, reverse=False) -> list:
    """Return a new list of the tuples in `pairs`, ordered by their second element
    (descending when `reverse`); tuples with equal second elements keep their input
    order, in both directions. `pairs` is not modified."""
    # NOTE: sorted() is stable, and with reverse=True it still keeps equal elements in
    # their input order (unlike reversing an ascending result).
    return sorted(pairs, key=itemgetter(1), reverse=reverse)
