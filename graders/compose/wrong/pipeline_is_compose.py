# expect: wrong_answer
# pipeline reverses the functions once too often: it applies them right to left, just
# as compose does.


def _check(funcs):
    for func in funcs:
        if not callable(func):
            raise TypeError("not callable: %r" % (func,))


def compose(*funcs):
    _check(funcs)
    if not funcs:
        return lambda value: value

    def composed(*args, **kwargs):
        result = funcs[-1](*args, **kwargs)
        for func in reversed(funcs[:-1]):
            result = func(result)
        return result

    return composed


def pipeline(*funcs):
    _check(funcs)
    return compose(*funcs)
