"""Trusted test code for memoize: functions that record every call they receive."""

import sys

# Every call that reached one of the functions below, in order, as (name, arguments).
# helpers.py runs afresh for every case, so each case starts with an empty record.
received = []


def square(n):
    """Return n squared."""
    received.append(("square", n))
    return n * n


def cube(n):
    """Return n cubed."""
    received.append(("cube", n))
    return n * n * n


def describe(*args, **kwargs):
    """Return the arguments as (args, kwargs)."""
    received.append(("describe", args, kwargs))
    return (args, kwargs)


def falsy(kind):
    """Return a falsy value of the given kind."""
    received.append(("falsy", kind))
    return {"none": None, "zero": 0, "empty": "", "false": False, "list": []}[kind]


def nothing():
    received.append(("nothing",))
    return None


def total(numbers, start=0):
    """Add up the numbers."""
    received.append(("total", start))
    return start + sum(numbers)


_failed = set()


def flaky(n):
    """Raise ValueError the first time it sees n, then return 10 * n."""
    received.append(("flaky", n))
    if n not in _failed:
        _failed.add(n)
        raise ValueError("first call for %r" % (n,))
    return 10 * n


def picky(value):
    """Raise TypeError for a string, else return the value doubled."""
    received.append(("picky", value))
    if isinstance(value, str):
        raise TypeError("no strings")
    return value * 2


# How many times fib_with_memoize's fib ran, for each n (a count, not a record of
# every call, so that a wrapper that never hits the cache runs out of time, not memory).
fib_runs = {}


def fib_with_memoize():
    """A recursive Fibonacci decorated with memoize, as a learner would write it.

    fib(300) recurses 300 levels deep, and every level costs the frames of the
    learner's wrapper as well as fib's own: a wrapper that calls a helper method
    between the two needs more than Python's default limit of 1000 frames. The case
    tests that the cache is used, not how few frames the wrapper takes, so the limit
    is raised; a wrapper that never hits the cache still takes exponential time.
    """
    if sys.getrecursionlimit() < 5000:
        sys.setrecursionlimit(5000)

    @memoize
    def fib(n):
        """The n-th Fibonacci number."""
        fib_runs[n] = fib_runs.get(n, 0) + 1
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    return fib
