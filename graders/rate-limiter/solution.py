"""A sliding-window-log rate limiter."""

import time
from collections import deque


class RateLimiter:
    """Allows at most `limit` calls per key in any `window` seconds."""

    def __init__(self, limit: int, window: float, clock=time.monotonic):
        """Raise ValueError when limit < 1 or window <= 0; clock() returns seconds."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if window <= 0:
            raise ValueError("window must be positive")
        self._limit = limit
        self._window = window
        self._clock = clock
        self._calls = {}  # key -> deque of the times of allowed calls, oldest first
        self._sweep_at = 64  # forget idle keys when there are more keys than this

    def allow(self, key="default") -> bool:
        """Allow (and record) this call for key when fewer than `limit` allowed calls
        happened in (now - window, now]; otherwise deny it without recording it."""
        now = self._clock()
        cutoff = now - self._window
        calls = self._calls.get(key)
        if calls is None:
            if len(self._calls) >= self._sweep_at:
                self._forget_idle_keys(cutoff)
            calls = self._calls[key] = deque()
        while calls and calls[0] <= cutoff:
            calls.popleft()
        if len(calls) >= self._limit:
            return False
        calls.append(now)
        return True

    def _forget_idle_keys(self, cutoff):
        """Drop the keys whose calls have all left the window (amortized O(1) per call)."""
        self._calls = {key: calls for key, calls in self._calls.items() if calls[-1] > cutoff}
        self._sweep_at = max(64, 2 * len(self._calls))
