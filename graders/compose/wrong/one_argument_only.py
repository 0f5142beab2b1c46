# expect: runtime_error
# The composed function takes exactly one argument and passes it on: a first function
# that takes several arguments, keywords, or none cannot be called (TypeError).


def _check(funcs):
    for func in funcs:
        if not callable(func):
            raise TypeError("not callable: %r" % (func,))


def compose(*funcs):
    _check(funcs)

    def composed(value):
        for func in reversed(funcs):
            value = func(value)
        return value

    return composed


def pipeline(*funcs):
    _check(funcs)
    return compose(*reversed(funcs))
