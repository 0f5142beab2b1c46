# expect: wrong_answer
# Keeps the items in a class attribute: every queue shares one deque, so an item
# put into one queue comes out of another.

import threading
from collections import deque


class BoundedQueue:
    """A first-in, first-out queue of at most `maxsize` items: put() waits while it is
    full, get() waits while it is empty."""

    _items = deque()

    def __init__(self, maxsize: int):
        """Create an empty queue; raise ValueError when maxsize is below 1."""
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self._maxsize = maxsize
        lock = threading.Lock()
        # Two conditions on one lock: producers wait for room, consumers for items, and
        # each side wakes only the other side.
        self._not_full = threading.Condition(lock)
        self._not_empty = threading.Condition(lock)

    def put(self, item, timeout=None) -> None:
        """Add item at the back, waiting while the queue is full; with a timeout, raise
        TimeoutError after waiting that many seconds (timeout=0: do not wait)."""
        with self._not_full:
            if not self._not_full.wait_for(self._has_room, timeout):
                raise TimeoutError("the queue stayed full")
            self._items.append(item)
            self._not_empty.notify()

    def get(self, timeout=None):
        """Remove and return the item at the front, waiting while the queue is empty;
        with a timeout, raise TimeoutError after waiting that many seconds."""
        with self._not_empty:
            if not self._not_empty.wait_for(self._has_items, timeout):
                raise TimeoutError("the queue stayed empty")
            item = self._items.popleft()
            self._not_full.notify()
            return item

    def qsize(self) -> int:
        """The number of items in the queue now."""
        with self._not_empty:
            return len(self._items)

    def _has_room(self):
        return len(self._items) < self._maxsize

    def _has_items(self):
        return len(self._items) > 0
