# expect: wrong_answer
# Refuses only when the count is already above the limit (> instead of >=), so the
# function runs max_calls + 1 times.
import functools


class CallLimitExceeded(RuntimeError):
    pass


class CallLimit:
    def __init__(self, max_calls):
        self.max_calls = max_calls

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if wrapper.calls > self.max_calls:
                raise CallLimitExceeded("limit reached")
            wrapper.calls += 1
            return func(*args, **kwargs)

        wrapper.calls = 0
        wrapper.reset = lambda: setattr(wrapper, "calls", 0)
        return wrapper
