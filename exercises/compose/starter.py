"""Function composition, right to left and left to right."""


def compose(*funcs):
    """Return a function applying funcs right to left: compose(f, g)(x) == f(g(x)).
    The last function gets every argument; no functions gives the identity. Raise
    TypeError now if an argument is not callable."""
    raise NotImplementedError("write compose")


def pipeline(*funcs):
    """Return a function applying funcs left to right: pipeline(f, g)(x) == g(f(x)).
    The first function gets every argument; no functions gives the identity. Raise
    TypeError now if an argument is not callable."""
    raise NotImplementedError("write pipeline")
