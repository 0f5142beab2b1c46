# expect: wrong_answer
# Counts calls in the closed interval [now - window, now]: a call made exactly `window`
# seconds ago still counts, so the boundary is off by one.
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
        while calls and calls[0] < now - self.window:
            calls.popleft()
        if len(calls) >= self.limit:
            return False
        calls.append(now)
        return True
