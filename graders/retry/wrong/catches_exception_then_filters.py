# expect: runtime_error
# Catches Exception and then filters with isinstance(error, exceptions): a listed class
# that derives from BaseException only is never caught: it escapes from the first attempt.
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
                except Exception as error:
                    if not isinstance(error, exceptions) or attempt == times - 1:
                        raise
                    sleep(delay * backoff ** attempt)

        return wrapper

    return decorator
