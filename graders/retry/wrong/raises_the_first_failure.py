# expect: wrong_answer
# Keeps the first exception it caught and re-raises that one at the end, not the
# exception of the last attempt.
import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.1, backoff=2.0, sleep=time.sleep):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            first = None
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except exceptions as error:
                    if first is None:
                        first = error
                    if attempt < times - 1:
                        sleep(delay * backoff ** attempt)
            raise first

        return wrapper

    return decorator
