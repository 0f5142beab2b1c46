# expect: wrong_answer
# put() makes room before storing, even when the key is already there: updating a key
# in a full cache evicts another key for nothing.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        if key not in self.items:
            return None
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key, value):
        if len(self.items) >= self.capacity:
            self.items.popitem(last=False)
        self.items[key] = value
        self.items.move_to_end(key)

    def __len__(self):
        return len(self.items)
