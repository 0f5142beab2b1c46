"""Remove duplicates from any iterable, keeping the first occurrence of each."""


def dedupe(items, key=None) -> list:
    """Return a new list of the first occurrence of every item of the iterable
    `items`, in input order. With `key`, items a and b are duplicates when
    key(a) == key(b); the items themselves need not be hashable."""
    raise NotImplementedError("write dedupe")
