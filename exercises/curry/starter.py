"""Currying: collect positional arguments over several calls."""


def curry(func):
    """Return a curried version of func: it collects positional arguments (and keyword
    arguments) over any number of calls, and calls func once it has as many positional
    arguments as func has required positional parameters."""
    raise NotImplementedError("write curry")
