# expect: wrong_answer
# Waits by looping: takes the lock, looks, lets it go and tries again. Every answer is
# right, but a waiting thread burns a whole CPU core doing nothing.
import threading
import time
from collections import deque


class BoundedQueue:
    def __init__(self, maxsize):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self.items = deque()
        self.lock = threading.Lock()

    def put(self, item, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self.lock:
                if len(self.items) < self.maxsize:
                    self.items.append(item)
                    return
            if deadline is not None and time.monotonic() >= deadline:
                raise TimeoutError("full")

    def get(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self.lock:
                if self.items:
                    return self.items.popleft()
            if deadline is not None and time.monotonic() >= deadline:
                raise TimeoutError("empty")

    def qsize(self):
        with self.lock:
            return len(self.items)
