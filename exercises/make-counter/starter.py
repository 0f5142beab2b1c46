"""A counter made with a closure."""


def make_counter(start=0, step=1):
    """Return a function of no arguments whose first call returns `start` and each later
    call `step` more; its count lives in its closure."""
    raise NotImplementedError("write make_counter")
