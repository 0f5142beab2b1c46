# expect: wrong_answer
# Counts attempts from 1 and sleeps delay * backoff ** attempt: the first sleep is
# already delay * backoff instead of delay.
import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.1, backoff=2.0, sleep=time.sleep):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
                    sleep(delay * backoff ** attempt)

        return wrapper

    return decorator
