# expect: runtime_error
# Stores the count on the decorated function itself (func.calls): two wrappers of the
# same function share it.
import functools


class CallLimitExceeded(RuntimeError):
    pass


class CallLimit:
    def __init__(self, max_calls):
        self.max_calls = max_calls

    def __call__(self, func):
        func.call_count = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if func.call_count >= self.max_calls:
                raise CallLimitExceeded("limit reached")
            func.call_count += 1
            wrapper.calls = func.call_count
            return func(*args, **kwargs)

        def reset():
            func.call_count = 0
            wrapper.calls = 0

        wrapper.calls = 0
        wrapper.reset = reset
        return wrapper
