# expect: wrong_answer
# Records every call, denied ones included, so a burst of denied calls keeps pushing
# the next allowed call further away.
import time
from collections import deque


class RateLimiter:
    def __init__(self, limit, window, clock=time.monotonic):
        if limit < 1 or window <= 0:
            raise ValueError("bad limit or window")
        self.limit = limit
        self.window = window
        self.clock = clock
        self.calls = {}

    def allow(self, key="default"):
        now = self.clock()
        calls = self.calls.setdefault(key, deque())
        while calls and calls[0] <= now - self.window:
            calls.popleft()
        allowed = len(calls) < self.limit
        calls.append(now)
        return allowed
