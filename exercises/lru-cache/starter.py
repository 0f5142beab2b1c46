"""A least-recently-used cache with O(1) operations."""


class LRUCache:
    """Holds at most `capacity` keys; evicts the least recently used key when full."""

    def __init__(self, capacity: int):
        """Create an empty cache; raise ValueError when capacity is below 1."""
        raise NotImplementedError("write LRUCache.__init__")

    def get(self, key):
        """Return the value stored for key (making it the most recently used), or None."""
        raise NotImplementedError("write LRUCache.get")

    def put(self, key, value) -> None:
        """Store value under key, make key the most recently used, evict if over capacity."""
        raise NotImplementedError("write LRUCache.put")

    def __len__(self) -> int:
        """The number of keys stored."""
        raise NotImplementedError("write LRUCache.__len__")
