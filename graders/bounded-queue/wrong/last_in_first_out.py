# expect: wrong_answer
# Takes items from the back of the list: a stack, not a queue, so the newest item comes
# out first.
import threading


class BoundedQueue:
    def __init__(self, maxsize):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self.items = []
        lock = threading.Lock()
        self.not_full = threading.Condition(lock)
        self.not_empty = threading.Condition(lock)

    def put(self, item, timeout=None):
        with self.not_full:
            if not self.not_full.wait_for(lambda: len(self.items) < self.maxsize, timeout):
                raise TimeoutError("full")
            self.items.append(item)
            self.not_empty.notify()

    def get(self, timeout=None):
        with self.not_empty:
            if not self.not_empty.wait_for(lambda: self.items, timeout):
                raise TimeoutError("empty")
            item = self.items.pop()
            self.not_full.notify()
            return item

    def qsize(self):
        with self.not_full:
            return len(self.items)
