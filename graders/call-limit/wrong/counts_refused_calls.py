# expect: wrong_answer
# Adds one to calls on every call, refused ones included, so calls climbs past
# max_calls.
import functools


class CallLimitExceeded(RuntimeError):
    pass


class CallLimit:
    def __init__(self, max_calls):
        self.max_calls = max_calls

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wrapper.calls += 1
            if wrapper.calls > self.max_calls:
                raise CallLimitExceeded("limit reached")
            return func(*args, **kwargs)

        wrapper.calls = 0
        wrapper.reset = lambda: setattr(wrapper, "calls", 0)
        return wrapper
