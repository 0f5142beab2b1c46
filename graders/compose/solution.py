"""Function composition, right to left and left to right."""


def _identity(value):
    return value


def _check_callables(funcs):
    for position, func in enumerate(funcs):
        if not callable(func):
            raise TypeError(
                "argument %d is not callable: %r" % (position + 1, type(func).__name__)
            )


def compose(*funcs):
    """compose(f, g, h)(x) == f(g(h(x))); the last function gets every argument.
    With no functions, the identity."""
    _check_callables(funcs)
    if not funcs:
        return _identity
    first = funcs[-1]
    rest = funcs[-2::-1]  # the others, in the order they are applied

    def composed(*args, **kwargs):
        result = first(*args, **kwargs)
        for func in rest:
            result = func(result)
        return result

    return composed


def pipeline(*funcs):
    """pipeline(f, g, h)(x) == h(g(f(x))); the first function gets every argument.
    With no functions, the identity."""
    _check_callables(funcs)
    return compose(*reversed(funcs))
