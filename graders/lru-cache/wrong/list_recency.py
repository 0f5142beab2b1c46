# expect: time_limit_exceeded
# Keeps the recency order in a list: list.remove() scans the whole list, so every
# operation is O(capacity) and a large workload times out.


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.values = {}
        self.order = []  # least recently used first

    def get(self, key):
        if key not in self.values:
            return None
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key, value):
        if key in self.values:
            self.order.remove(key)
        self.values[key] = value
        self.order.append(key)
        if len(self.values) > self.capacity:
            oldest = self.order.pop(0)
            del self.values[oldest]

    def __len__(self):
        return len(self.values)
