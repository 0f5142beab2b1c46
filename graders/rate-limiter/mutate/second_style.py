import time
from collections import deque


class RateLimiter:
    def __init__(self, limit, window, clock=time.monotonic):
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if window <= 0:
            raise ValueError("window must be positive")
        self.limit = limit
        self.window = window
        self.clock = clock
        self.calls = {}
        self.until_sweep = 100

    def allow(self, key="default"):
        now = self.clock()
        start = now - self.window
        self.until_sweep -= 1
        if self.until_sweep <= 0:
            # every so many calls, forget the keys whose last call has left the window
            for idle in [k for k, times in self.calls.items() if times[-1] <= start]:
                del self.calls[idle]
            self.until_sweep = max(100, len(self.calls))
        times = self.calls.get(key)
        if times is None:
            times = self.calls[key] = deque()
        while times and times[0] <= start:
            times.popleft()
        if len(times) < self.limit:
            times.append(now)
            return True
        return False
