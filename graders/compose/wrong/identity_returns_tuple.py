# expect: wrong_answer
# Keeps the arguments as a tuple between the functions: with no functions it returns
# the tuple of arguments, (42,), instead of 42 itself.


def _check(funcs):
    for func in funcs:
        if not callable(func):
            raise TypeError("not callable: %r" % (func,))


def compose(*funcs):
    _check(funcs)

    def composed(*args, **kwargs):
        if not funcs:
            return args
        result = funcs[-1](*args, **kwargs)
        for func in reversed(funcs[:-1]):
            result = func(result)
        return result

    return composed


def pipeline(*funcs):
    _check(funcs)
    return compose(*reversed(funcs))
