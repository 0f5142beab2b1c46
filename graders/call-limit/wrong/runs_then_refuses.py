# expect: wrong_answer
# Calls the function first and checks the limit afterwards: the refused call has
# already run.
import functools


class CallLimitExceeded(RuntimeError):
    pass


class CallLimit:
    def __init__(self, max_calls):
        self.max_calls = max_calls

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = func(*args, **kwargs)
            if wrapper.calls >= self.max_calls:
                raise CallLimitExceeded("limit reached")
            wrapper.calls += 1
            return result

        wrapper.calls = 0
        wrapper.reset = lambda: setattr(wrapper, "calls", 0)
        return wrapper
