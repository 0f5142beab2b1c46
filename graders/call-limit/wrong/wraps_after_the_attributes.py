# expect: wrong_answer
# Sets calls and reset on the wrapper first and calls functools.update_wrapper last:
# wrapping a wrapper copies the inner one's calls and reset over the new ones, so the
# outer reset() resets the inner count.
import functools


class CallLimitExceeded(RuntimeError):
    pass


class CallLimit:
    def __init__(self, max_calls):
        self.max_calls = max_calls

    def __call__(self, func):
        max_calls = self.max_calls

        def wrapper(*args, **kwargs):
            if wrapper.calls >= max_calls:
                raise CallLimitExceeded("%s may only be called %d times" % (func.__name__, max_calls))
            wrapper.calls += 1
            return func(*args, **kwargs)

        def reset():
            wrapper.calls = 0

        wrapper.calls = 0
        wrapper.reset = reset
        return functools.update_wrapper(wrapper, func)
