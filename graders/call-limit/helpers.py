"""Trusted test code for call-limit: functions that record the calls that reached them."""

# Every call that reached one of the functions below, in order.
# helpers.py runs afresh for every case, so each case starts with an empty record.
received = []


def record(*args, **kwargs):
    """Record the call and return its arguments."""
    received.append(("record", args, kwargs))
    return (args, kwargs)


def square(n):
    """Return n squared."""
    received.append(("square", n))
    return n * n


def explode(message="boom"):
    """Always raise ValueError."""
    received.append(("explode", message))
    raise ValueError(message)


def nothing():
    received.append(("nothing",))
