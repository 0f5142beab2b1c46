# expect: runtime_error
# Creates the .calls attribute only when the wrapper first runs (getattr with a
# default), so reading calls before the first call raises AttributeError.
import functools


class CallLimitExceeded(RuntimeError):
    pass


class CallLimit:
    def __init__(self, max_calls):
        self.max_calls = max_calls

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            count = getattr(wrapper, "calls", 0)
            if count >= self.max_calls:
                raise CallLimitExceeded("limit reached")
            wrapper.calls = count + 1
            return func(*args, **kwargs)

        wrapper.reset = lambda: setattr(wrapper, "calls", 0)
        return wrapper
