"""Trusted test code for linked-list: where the values are stored, and a large workload."""

from collections import deque

_MOD = 1000000007


class _Value:
    """A value that only equals itself, so finding it in a container means it is stored there."""

    def __init__(self, number):
        self.number = number

    def __repr__(self):
        return "_Value(%d)" % self.number


def _own_attributes(obj):
    """The object's own attributes: its vars() and every filled slot of its classes."""
    found = {}
    try:
        found.update(vars(obj))
    except TypeError:
        pass  # no __dict__: a class with __slots__
    for klass in type(obj).__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)  # name mangling
            descriptor = klass.__dict__.get(name)
            if descriptor is None or not hasattr(descriptor, "__get__"):
                continue
            try:
                found[name] = descriptor.__get__(obj, klass)
            except AttributeError:
                pass  # a slot never assigned
    return found


def _containers_holding(lst, values):
    """The names of lst's own attributes that are a list, tuple or deque holding two or
    more of `values` (by identity), sorted; 'the list itself' when lst is such a
    container. (A node made of a small list or tuple, [value, next], holds one value:
    it is a node, not storage.)"""
    wanted = {id(value) for value in values}
    names = []
    if isinstance(lst, (list, tuple, deque)):
        names.append("the list itself")
    for name, attribute in _own_attributes(lst).items():
        if isinstance(attribute, (list, tuple, deque)):
            held = {id(item) for item in attribute if id(item) in wanted}
            if len(held) >= 2:
                names.append(name)
    return sorted(names)


def storage_report():
    """Build a list, insert and delete, call to_list(); after each step, which of the
    list's own attributes are Python containers holding its values. Returns those
    findings and the order of the values at the end (as numbers)."""
    values = [_Value(number) for number in range(6)]
    lst = LinkedList(values[:3])
    after_init = _containers_holding(lst, values)
    lst.insert(values[3])
    lst.insert(values[4], 0)
    lst.insert(values[5], 2)
    after_inserts = _containers_holding(lst, values)
    lst.delete(values[1])
    after_delete = _containers_holding(lst, values)
    order = [item.number if isinstance(item, _Value) else repr(item) for item in lst.to_list()]
    after_to_list = _containers_holding(lst, values)
    return after_init, after_inserts, after_delete, order, after_to_list


def _checksum(iterable):
    total = 0
    for value in iterable:
        total = (total * 31 + value) % _MOD
    return total


def append_many(n):
    """Append n ints one by one, walk the list, delete the first and the last value,
    append again, and build a second list of n // 10 values from a range. Returns a
    tuple of what was seen."""
    lst = LinkedList()
    for value in range(n):
        lst.insert(value)
    walked = _checksum(lst)
    found = (lst.search(0), lst.search(n - 1), lst.search(n))
    deleted = (lst.delete(0), lst.delete(n - 1))
    lst.insert(-1)
    tail = lst.to_list()[-3:]
    other = LinkedList(range(n // 10))
    other.insert(n)
    return len(lst), walked, found, deleted, tail, len(other), _checksum(other.to_list())
