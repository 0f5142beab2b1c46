# expect: wrong_answer
# Forgets functools.wraps: the wrapper is called "wrapper" and has no docstring.
class CallLimitExceeded(RuntimeError):
    pass


class CallLimit:
    def __init__(self, max_calls):
        self.max_calls = max_calls

    def __call__(self, func):
        def wrapper(*args, **kwargs):
            if wrapper.calls >= self.max_calls:
                raise CallLimitExceeded("limit reached")
            wrapper.calls += 1
            return func(*args, **kwargs)

        wrapper.calls = 0
        wrapper.reset = lambda: setattr(wrapper, "calls", 0)
        return wrapper
