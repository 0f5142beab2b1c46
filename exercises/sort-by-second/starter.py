"""Sort a list of tuples by their second element, stably."""


def sort_by_second(pairs: list, reverse=False) -> list:
    """Return a new list of the tuples in `pairs`, ordered by their second element
    (descending when `reverse`); tuples with equal second elements keep their input
    order, in both directions. `pairs` is not modified."""
    raise NotImplementedError("write sort_by_second")
