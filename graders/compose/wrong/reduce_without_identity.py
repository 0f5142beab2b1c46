# expect: runtime_error
# Folds the functions with functools.reduce and no initial value: with no functions,
# reduce raises TypeError instead of giving the identity.
from functools import reduce


def _check(funcs):
    for func in funcs:
        if not callable(func):
            raise TypeError("not callable: %r" % (func,))


def compose(*funcs):
    _check(funcs)
    return reduce(lambda f, g: lambda *args, **kwargs: f(g(*args, **kwargs)), funcs)


def pipeline(*funcs):
    _check(funcs)
    return compose(*reversed(funcs))
