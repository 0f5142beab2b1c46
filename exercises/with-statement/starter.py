"""The with statement, written out by hand."""


def run_with(manager, body):
    """Do what `with manager as value: return body(value)` does, without `with`."""
    raise NotImplementedError("write run_with")
