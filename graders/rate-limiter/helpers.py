"""Trusted test code for rate-limiter: long runs on a fake clock."""

# NOTE: the function itself, bound when the helpers load (coach has put back anything
# the solution replaced by then). It counts the interpreter's allocated blocks, which
# learner code cannot switch off (as it could stop tracemalloc).
from sys import getallocatedblocks


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
    first ones left the window. Returns "bounded" when the memory blocks the interpreter
    holds grew by less than one per four calls meanwhile (a limiter that keeps every
    call grows by one block per call), else how it grew, or which call was denied."""
    clock = FakeClock(0)
    limiter = RateLimiter(5, 1.0 * keys, clock=clock)
    names = ["key%d" % index for index in range(keys)]
    for index in range(1000):
        limiter.allow(names[index % keys])
        clock.advance(0.25)
    before = getallocatedblocks()
    for index in range(calls):
        if limiter.allow(names[index % keys]) is not True:
            return "call %d was denied" % index
        clock.advance(0.25)
    grown = getallocatedblocks() - before
    return "bounded" if grown < calls // 4 else "grows with every call"


def idle_keys_forgotten(keys):
    """Use `keys` different keys once each, a window apart, so that every key but the
    last is idle. Returns "bounded" when the interpreter's memory blocks grew by less
    than one per four keys meanwhile (a limiter that keeps something for every key it
    has seen grows by a few blocks per key), else how it grew."""
    clock = FakeClock(0)
    limiter = RateLimiter(3, 1.0, clock=clock)
    for index in range(1000):
        limiter.allow("warm%d" % index)
        clock.advance(1.0)
    before = getallocatedblocks()
    for index in range(keys):
        if limiter.allow("key%d" % index) is not True:
            return "call %d was denied" % index
        clock.advance(1.0)
    grown = getallocatedblocks() - before
    return "bounded" if grown < keys // 4 else "grows with every key"
