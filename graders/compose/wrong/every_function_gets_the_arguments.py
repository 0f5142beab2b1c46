# expect: wrong_answer
# Calls the functions one after the other, each with the original arguments, and
# returns what the last one returned: none of them sees the result of the one before.


def _check(funcs):
    for func in funcs:
        if not callable(func):
            raise TypeError("not callable: %r" % (func,))


def compose(*funcs):
    _check(funcs)
    if not funcs:
        return lambda value: value

    def composed(*args, **kwargs):
        result = None
        for func in reversed(funcs):
            result = func(*args, **kwargs)
        return result

    return composed


def pipeline(*funcs):
    _check(funcs)
    return compose(*reversed(funcs))
