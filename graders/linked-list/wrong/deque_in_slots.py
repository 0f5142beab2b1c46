# expect: wrong_answer
# Declares __slots__ and keeps the values in a collections.deque in one of them: O(1)
# appends and right answers, but the values live in a deque, not in nodes.
from collections import deque


class LinkedList:
    __slots__ = ("_items",)

    def __init__(self, iterable=()):
        self._items = deque(iterable)

    def insert(self, value, index=None):
        if index is None:
            self._items.append(value)
            return
        if not 0 <= index <= len(self._items):
            raise IndexError("index out of range")
        self._items.insert(index, value)

    def delete(self, value):
        for position, item in enumerate(self._items):
            if item == value:
                del self._items[position]
                return True
        return False

    def search(self, value):
        for position, item in enumerate(self._items):
            if item == value:
                return position
        return -1

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def to_list(self):
        return list(self._items)
