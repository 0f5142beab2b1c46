# expect: wrong_answer
# Keeps the time of every allowed call forever and counts the recent ones with bisect:
# the answers are right, but memory grows without bound.
import bisect
import time


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
        calls = self.calls.setdefault(key, [])
        recent = len(calls) - bisect.bisect_right(calls, now - self.window)
        if recent >= self.limit:
            return False
        calls.append(now)
        return True
