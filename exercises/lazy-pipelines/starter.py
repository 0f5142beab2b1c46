"""Lazy generators for pipelines: chunked, window and flatten."""


def chunked(iterable, size):
    """Yield lists of `size` consecutive items (the last one may be shorter).
    Raise ValueError at the call itself when size < 1."""
    raise NotImplementedError("write chunked")


def window(iterable, n):
    """Yield a tuple of every n consecutive items: a window sliding by one item."""
    raise NotImplementedError("write window")


def flatten(nested):
    """Yield the leaves of arbitrarily nested lists and tuples; everything else
    (strings, bytes, dicts, sets, ranges, numbers, ...) is a leaf."""
    raise NotImplementedError("write flatten")
