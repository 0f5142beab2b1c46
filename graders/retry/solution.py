"""A decorator factory that retries a function with exponential backoff."""

import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.1, backoff=2.0, sleep=time.sleep):
    """Return a decorator that calls the function up to `times` times while it raises
    one of `exceptions`, calling sleep(delay * backoff ** k) between attempts
    (k = 0, 1, ...). Raise ValueError at once when times < 1."""
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times - 1:
                        raise  # the last attempt's own exception
                    sleep(delay * backoff ** attempt)

        return wrapper

    return decorator
