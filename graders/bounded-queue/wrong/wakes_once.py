# expect: wrong_answer
# Waits with `if` instead of `while`: once woken it assumes an item is there, so when
# another thread took the item first, get() gives up with TimeoutError although it was
# called without a timeout.
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
            if len(self.items) >= self.maxsize:
                self.not_full.wait(timeout)
            if len(self.items) >= self.maxsize:
                raise TimeoutError("full")
            self.items.append(item)
            self.not_empty.notify()

    def get(self, timeout=None):
        with self.not_empty:
            if not self.items:
                self.not_empty.wait(timeout)
            if not self.items:
                raise TimeoutError("empty")
            item = self.items.popleft()
            self.not_full.notify()
            return item

    def qsize(self):
        with self.not_full:
            return len(self.items)
