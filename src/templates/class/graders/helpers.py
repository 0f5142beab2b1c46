# helpers.py: trusted test code that the steps of tests.toml may call, for what a
# literal cannot say: a large workload, a call counter, a fake clock (`FakeClock` is
# always there without this file). It runs in the learner's process, once per case,
# before the steps; its names come before the learner's module in the steps' name
# lookup. Keep expected answers out of it: they belong after `->` in tests.toml,
# where the learner's code never sees them.
#
# Replace this example with your own helpers, or delete the file if the steps need
# none.


def mean_checksum(stats, count):
    """Add 1, 2, ..., count to `stats` one at a time, asking for the mean after each
    add, and return the sum of those means: one number that a step can check instead
    of `count` of them."""
    total = 0.0
    for number in range(1, count + 1):
        stats.add(number)
        total += stats.mean()
    return total
