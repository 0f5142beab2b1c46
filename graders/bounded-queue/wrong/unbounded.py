# expect: wrong_answer
# Ignores maxsize: put() never waits, so the queue grows past its bound and a producer
# is never held back.
import threading
from collections import deque


class BoundedQueue:
    def __init__(self, maxsize):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.items = deque()
        self.not_empty = threading.Condition()

    def put(self, item, timeout=None):
        with self.not_empty:
            self.items.append(item)
            self.not_empty.notify()

    def get(self, timeout=None):
        with self.not_empty:
            if not self.not_empty.wait_for(lambda: self.items, timeout):
                raise TimeoutError("empty")
            return self.items.popleft()

    def qsize(self):
        with self.not_empty:
            return len(self.items)
