# expect: wrong_answer
# With a timeout, sleeps the whole timeout before looking again, so a get(timeout=5)
# on an empty queue takes 5 seconds even when an item arrives after a moment.
import threading
import time
from collections import deque


class BoundedQueue:
    def __init__(self, maxsize):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self.items = deque()
        lock = threading.Lock()
        self.lock = lock
        self.not_full = threading.Condition(lock)
        self.not_empty = threading.Condition(lock)

    def put(self, item, timeout=None):
        with self.not_full:
            if timeout is None:
                self.not_full.wait_for(lambda: len(self.items) < self.maxsize)
            elif len(self.items) >= self.maxsize:
                self.lock.release()
                time.sleep(timeout)
                self.lock.acquire()
                if len(self.items) >= self.maxsize:
                    raise TimeoutError("full")
            self.items.append(item)
            self.not_empty.notify()

    def get(self, timeout=None):
        with self.not_empty:
            if timeout is None:
                self.not_empty.wait_for(lambda: self.items)
            elif not self.items:
                self.lock.release()
                time.sleep(timeout)
                self.lock.acquire()
                if not self.items:
                    raise TimeoutError("empty")
            item = self.items.popleft()
            self.not_full.notify()
            return item

    def qsize(self):
        with self.lock:
            return len(self.items)
