# expect: wrong_answer
# Counts the queue as full one item too early (`len + 1 >= maxsize`), so it holds only
# maxsize - 1 items, and a queue of maxsize 1 holds none at all.
import threading
from collections import deque


class BoundedQueue:
    def __init__(self, maxsize):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self.items = deque()
        lock = threading.Lock()
        self.not_full = threading.Condition(lock)
        self.not_empty = threading.Condition(lock)

    def put(self, item, timeout=None):
        with self.not_full:
            if not self.not_full.wait_for(lambda: len(self.items) + 1 < self.maxsize, timeout):
                raise TimeoutError("full")
            self.items.append(item)
            self.not_empty.notify()

    def get(self, timeout=None):
        with self.not_empty:
            if not self.not_empty.wait_for(lambda: self.items, timeout):
                raise TimeoutError("empty")
            item = self.items.popleft()
            self.not_full.notify()
            return item

    def qsize(self):
        with self.not_full:
            return len(self.items)
