"""A decorator factory that retries a function with exponential backoff."""

import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.1, backoff=2.0, sleep=time.sleep):
    """Return a decorator that calls the function up to `times` times while it raises
    one of `exceptions`, calling sleep(delay * backoff ** k) between attempts
    (k = 0, 1, ...). Raise ValueError at once when times < 1."""
    raise NotImplementedError("write retry")
