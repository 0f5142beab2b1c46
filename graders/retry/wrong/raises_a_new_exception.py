# expect: wrong_answer
# Gives up by raising a new RuntimeError (chained to the last failure) instead of
# re-raising the last attempt's own exception.
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
                except exceptions as error:
                    if attempt == times - 1:
                        raise RuntimeError("gave up after %d attempts" % times) from error
                    sleep(delay * backoff ** attempt)

        return wrapper

    return decorator
