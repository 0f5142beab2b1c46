# expect: wrong_answer
# Multiplies the delay stored in the decorator's closure after each sleep, so a
# second call starts with the longer delays the first call left behind.
import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.1, backoff=2.0, sleep=time.sleep):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        current = [delay]

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times - 1:
                        raise
                    sleep(current[0])
                    current[0] *= backoff

        return wrapper

    return decorator
