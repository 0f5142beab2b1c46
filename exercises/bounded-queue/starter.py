"""A bounded blocking FIFO queue, safe for many threads."""

import threading


class BoundedQueue:
    """A first-in, first-out queue of at most `maxsize` items: put() waits while it is
    full, get() waits while it is empty."""

    def __init__(self, maxsize: int):
        """Create an empty queue; raise ValueError when maxsize is below 1."""
        raise NotImplementedError("write BoundedQueue.__init__")

    def put(self, item, timeout=None) -> None:
        """Add item at the back, waiting while the queue is full; with a timeout, raise
        TimeoutError after waiting that many seconds (timeout=0: do not wait)."""
        raise NotImplementedError("write BoundedQueue.put")

    def get(self, timeout=None):
        """Remove and return the item at the front, waiting while the queue is empty;
        with a timeout, raise TimeoutError after waiting that many seconds."""
        raise NotImplementedError("write BoundedQueue.get")

    def qsize(self) -> int:
        """The number of items in the queue now."""
        raise NotImplementedError("write BoundedQueue.qsize")
