# expect: wrong_answer
# Calls time.sleep directly instead of the `sleep` it was given: the injected sleep
# records nothing (and the real sleeps slow every retry down).
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
                    if attempt == times - 1:
                        raise
                    time.sleep(delay * backoff ** attempt)

        return wrapper

    return decorator
