# expect: wrong_answer
# Producers and consumers wait on one condition, and each put or get wakes a single
# waiter: a put can wake another producer instead of a consumer, the wake-up is lost,
# and with a small queue every thread ends up waiting for ever.
import threading
from collections import deque


class BoundedQueue:
    def __init__(self, maxsize):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self.items = deque()
        self.changed = threading.Condition()

    def put(self, item, timeout=None):
        with self.changed:
            if not self.changed.wait_for(lambda: len(self.items) < self.maxsize, timeout):
                raise TimeoutError("full")
            self.items.append(item)
            self.changed.notify()

    def get(self, timeout=None):
        with self.changed:
            if not self.changed.wait_for(lambda: self.items, timeout):
                raise TimeoutError("empty")
            item = self.items.popleft()
            self.changed.notify()
            return item

    def qsize(self):
        with self.changed:
            return len(self.items)
