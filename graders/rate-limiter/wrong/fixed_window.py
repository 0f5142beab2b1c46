# expect: wrong_answer
# Counts calls in fixed windows [k * window, (k + 1) * window) instead of a sliding
# window: a burst at the end of one window and another at the start of the next both
# pass.
import time


class RateLimiter:
    def __init__(self, limit, window, clock=time.monotonic):
        if limit < 1 or window <= 0:
            raise ValueError("bad limit or window")
        self.limit = limit
        self.window = window
        self.clock = clock
        self.counts = {}  # key -> (window number, calls allowed in it)

    def allow(self, key="default"):
        number = int(self.clock() // self.window)
        current, count = self.counts.get(key, (number, 0))
        if current != number:
            count = 0
        if count >= self.limit:
            return False
        self.counts[key] = (number, count + 1)
        return True
