# expect: runtime_error
# Counts in a closure variable and copies it to .calls; reset() only zeroes the
# attribute, so after a reset the function is still refused.
import functools


class CallLimitExceeded(RuntimeError):
    pass


class CallLimit:
    def __init__(self, max_calls):
        self.max_calls = max_calls

    def __call__(self, func):
        count = [0]

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if count[0] >= self.max_calls:
                raise CallLimitExceeded("limit reached")
            count[0] += 1
            wrapper.calls = count[0]
            return func(*args, **kwargs)

        def reset():
            wrapper.calls = 0

        wrapper.calls = 0
        wrapper.reset = reset
        return wrapper
