# expect: wrong_answer
# The wrapper takes *args only: a call with keyword arguments fails with TypeError
# instead of reaching the function (or being refused).
import functools


class CallLimitExceeded(RuntimeError):
    pass


class CallLimit:
    def __init__(self, max_calls):
        self.max_calls = max_calls

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args):
            if wrapper.calls >= self.max_calls:
                raise CallLimitExceeded("limit reached")
            wrapper.calls += 1
            return func(*args)

        wrapper.calls = 0
        wrapper.reset = lambda: setattr(wrapper, "calls", 0)
        return wrapper
