"""A least-recently-used cache with O(1) operations."""

from collections import OrderedDict


class LRUCache:
    """Holds at most `capacity` keys; evicts the least recently used key when full."""

    def __init__(self, capacity: int):
        """Create an empty cache; raise ValueError when capacity is below 1."""
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._capacity = capacity
        self._items = OrderedDict()  # least recently used first

    def get(self, key):
        """Return the value stored for key (making it the most recently used), or None."""
        if key not in self._items:
            return None
        self._items.move_to_end(key)
        return self._items[key]

    def put(self, key, value) -> None:
        """Store value under key, make key the most recently used, evict if over capacity."""
        self._items[key] = value
        self._items.move_to_end(key)
        if len(self._items) > self._capacity:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        """The number of keys stored."""
        return len(self._items)
