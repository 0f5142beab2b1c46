# expect: wrong_answer
# Compares the exception's exact class with the listed ones (type(e) in exceptions),
# so a subclass such as KeyError for LookupError is not retried.
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
                except BaseException as error:
                    if type(error) not in exceptions or attempt == times - 1:
                        raise
                    sleep(delay * backoff ** attempt)

        return wrapper

    return decorator
