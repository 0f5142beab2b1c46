# expect: wrong_answer
# Sleeps after every failed attempt, the last one included, before giving up.
import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.1, backoff=2.0, sleep=time.sleep):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    sleep(delay * backoff ** attempt)
                    if attempt == times - 1:
                        raise

        return wrapper

    return decorator
