# expect: wrong_answer
# Counts a call after the function returns, so a call that raised is not counted and
# a failing function can run forever.
import functools


class CallLimitExceeded(RuntimeError):
    pass


class CallLimit:
    def __init__(self, max_calls):
        self.max_calls = max_calls

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if wrapper.calls >= self.max_calls:
                raise CallLimitExceeded("limit reached")
            result = func(*args, **kwargs)
            wrapper.calls += 1
            return result

        wrapper.calls = 0
        wrapper.reset = lambda: setattr(wrapper, "calls", 0)
        return wrapper
