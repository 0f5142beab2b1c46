# expect: wrong_answer
# Tests the timeout with `if timeout:`, so timeout=0 counts as no timeout: a get on an
# empty queue with timeout=0 waits forever instead of giving up at once.
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
            if timeout:
                if not self.not_full.wait_for(lambda: len(self.items) < self.maxsize, timeout):
                    raise TimeoutError("full")
            else:
                self.not_full.wait_for(lambda: len(self.items) < self.maxsize)
            self.items.append(item)
            self.not_empty.notify()

    def get(self, timeout=None):
        with self.not_empty:
            if timeout:
                if not self.not_empty.wait_for(lambda: self.items, timeout):
                    raise TimeoutError("empty")
            else:
                self.not_empty.wait_for(lambda: self.items)
            item = self.items.popleft()
            self.not_full.notify()
            return item

    def qsize(self):
        with self.not_full:
            return len(self.items)
