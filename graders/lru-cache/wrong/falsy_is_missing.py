# expect: wrong_answer
# Tests for a hit with the truth of the stored value: a key holding 0, "" or False
# is treated as missing (and is not made recent).
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        value = self.items.get(key)
        if not value:
            return None
        self.items.move_to_end(key)
        return value

    def put(self, key, value):
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)

    def __len__(self):
        return len(self.items)
