"""A decorator class that lets a function run at most a given number of times."""

import functools


class CallLimitExceeded(RuntimeError):
    """Raised when a function decorated with CallLimit is called once too often."""


class CallLimit:
    """A decorator with a parameter: @CallLimit(3) lets a function run at most 3 times.

    The wrapper it returns has .calls (how many calls ran), .reset() (start counting
    again from 0) and the function's __name__ and __doc__.
    """

    def __init__(self, max_calls):
        """Remember the limit: at most max_calls calls may run."""
        self.max_calls = max_calls

    def __call__(self, func):
        """Return the wrapper of func that enforces the limit."""
        max_calls = self.max_calls

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if wrapper.calls >= max_calls:
                raise CallLimitExceeded(
                    "%s may only be called %d times" % (func.__name__, max_calls)
                )
            wrapper.calls += 1  # before the call: a call that raises still counts
            return func(*args, **kwargs)

        def reset():
            wrapper.calls = 0

        # NOTE: after functools.wraps, which copies func's own attributes onto wrapper.
        wrapper.calls = 0
        wrapper.reset = reset
        return wrapper
