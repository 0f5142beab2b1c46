# expect: wrong_answer
# Forgets functools.wraps: the decorated function is called "wrapper" and loses its docstring.
import time


def retry(times=3, exceptions=(Exception,), delay=0.1, backoff=2.0, sleep=time.sleep):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times - 1:
                        raise
                    sleep(delay * backoff ** attempt)

        return wrapper

    return decorator
