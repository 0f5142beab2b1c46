# expect: wrong_answer
# compose applies the functions in the order given, left to right, like pipeline:
# compose(f, g)(x) gives g(f(x)) instead of f(g(x)).


def _check(funcs):
    for func in funcs:
        if not callable(func):
            raise TypeError("not callable: %r" % (func,))


def pipeline(*funcs):
    _check(funcs)
    if not funcs:
        return lambda value: value

    def piped(*args, **kwargs):
        result = funcs[0](*args, **kwargs)
        for func in funcs[1:]:
            result = func(result)
        return result

    return piped


def compose(*funcs):
    return pipeline(*funcs)
