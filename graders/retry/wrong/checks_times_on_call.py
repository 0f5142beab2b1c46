# expect: wrong_answer
# Checks times only when the decorated function is called, so retry(times=0) itself
# raises nothing.
import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.1, backoff=2.0, sleep=time.sleep):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if times < 1:
                raise ValueError("times must be at least 1")
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times - 1:
                        raise
                    sleep(delay * backoff ** attempt)

        return wrapper

    return decorator
