# helpers.py: trusted test code that the steps of tests.toml may call, for what a
# literal cannot say: a large input, a call counter, a fake clock (`FakeClock` is
# always there without this file). It runs in the learner's process, once per case,
# before the steps; its names come before the learner's module in the steps' name
# lookup. Keep expected answers out of it: they belong after `->` in tests.toml,
# where the learner's code never sees them.
#
# Replace this example with your own helpers, or delete the file if the steps need
# none.


def distinct_then(count, repeat):
    """The numbers count-1 down to 0, then `repeat` once more: a long list whose only
    repeat comes last, so a solution must read all of it."""
    numbers = list(range(count - 1, -1, -1))
    numbers.append(repeat)
    return numbers
