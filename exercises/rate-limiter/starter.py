"""A sliding-window-log rate limiter."""

import time


class RateLimiter:
    """Allows at most `limit` calls per key in any `window` seconds."""

    def __init__(self, limit: int, window: float, clock=time.monotonic):
        """Raise ValueError when limit < 1 or window <= 0; clock() returns seconds."""
        raise NotImplementedError("write RateLimiter.__init__")

    def allow(self, key="default") -> bool:
        """Allow (and record) this call for key when fewer than `limit` allowed calls
        happened in (now - window, now]; otherwise deny it without recording it."""
        raise NotImplementedError("write RateLimiter.allow")
