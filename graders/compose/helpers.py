"""Trusted test code for compose: functions that record how they are called."""


def recorder(name, log):
    """A function that appends `name` and the arguments it got to `log`, and returns a
    string naming the call, so the order of application shows in the result."""

    def record(*args, **kwargs):
        log.append((name, args, kwargs))
        shown = [str(arg) for arg in args] + ["%s=%s" % item for item in sorted(kwargs.items())]
        return "%s(%s)" % (name, ", ".join(shown))

    return record


class Multiplier:
    """A callable object that is not a function."""

    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value):
        return value * self.factor


def adders(count):
    """`count` functions: the i-th adds i and doubles, so the order of application
    changes the result."""
    return [(lambda i: lambda x: (x + i) * 2)(i) for i in range(count)]
