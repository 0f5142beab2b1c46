"""Trusted test code for rate-limiter: long runs on a fake clock."""

# NOTE: the functions themselves, bound when the helpers load (coach has put back
# anything the solution replaced by then): a solution that replaces
# `tracemalloc.get_traced_memory` while it runs does not reach these.
from tracemalloc import get_traced_memory, start as start_tracing, stop as stop_tracing


def long_run(calls, limit, window, steps, keys=1):
    """Make `calls` calls, rotating over `keys` keys; after each, move the clock by the
    next of `steps` (a list of seconds, used in turn). Returns how many calls were
    allowed, per key, as a list."""
    clock = FakeClock(0)
    limiter = RateLimiter(limit, window, clock=clock)
    allowed = [0] * keys
    for index in range(calls):
        if limiter.allow("key%d" % (index % keys)) is True:
            allowed[index % keys] += 1
        clock.advance(steps[index % len(steps)])
    return allowed


def memory_stays_bounded(calls, keys=1):
    """Make `calls` calls that are all allowed (4 per window per key), long after the
    first ones left the window; True when the memory the limiter holds did not grow
    by more than a few kilobytes meanwhile."""
    clock = FakeClock(0)
    limiter = RateLimiter(5, 1.0 * keys, clock=clock)
    names = ["key%d" % index for index in range(keys)]
    for index in range(1000):
        limiter.allow(names[index % keys])
        clock.advance(0.25)
    start_tracing()
    try:
        before = get_traced_memory()[0]
        for index in range(calls):
            if limiter.allow(names[index % keys]) is not True:
                return False
            clock.advance(0.25)
        grown = get_traced_memory()[0] - before
    finally:
        stop_tracing()
    return grown < 32 * 1024
