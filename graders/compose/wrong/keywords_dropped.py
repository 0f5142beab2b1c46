# expect: runtime_error
# Passes the positional arguments on to the first function, but not the keyword
# arguments: the call itself raises TypeError.


def _check(funcs):
    for func in funcs:
        if not callable(func):
            raise TypeError("not callable: %r" % (func,))


def compose(*funcs):
    _check(funcs)
    if not funcs:
        return lambda value: value

    def composed(*args):
        result = funcs[-1](*args)
        for func in reversed(funcs[:-1]):
            result = func(result)
        return result

    return composed


def pipeline(*funcs):
    _check(funcs)
    return compose(*reversed(funcs))
