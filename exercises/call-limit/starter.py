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
        raise NotImplementedError("write CallLimit.__init__")

    def __call__(self, func):
        """Return the wrapper of func that enforces the limit."""
        raise NotImplementedError("write CallLimit.__call__")
