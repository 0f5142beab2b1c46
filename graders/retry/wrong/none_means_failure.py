# expect: runtime_error
# Uses None as "no result yet": a function that succeeds by returning None is
# called again and again, and then the first failure is raised as if every attempt failed.
import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.1, backoff=2.0, sleep=time.sleep):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = None
            last = None
            for attempt in range(times):
                try:
                    result = func(*args, **kwargs)
                except exceptions as error:
                    last = error
                if result is not None:
                    return result
                if attempt < times - 1:
                    sleep(delay * backoff ** attempt)
            if last is not None:
                raise last
            return result

        return wrapper

    return decorator
