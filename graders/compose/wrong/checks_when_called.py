# expect: wrong_answer
# Checks that the functions are callable only when the composed function is called: the
# TypeError comes too late, and compose(abs, 5) itself succeeds.


def compose(*funcs):
    def composed(*args, **kwargs):
        for func in funcs:
            if not callable(func):
                raise TypeError("not callable: %r" % (func,))
        if not funcs:
            return args[0]
        result = funcs[-1](*args, **kwargs)
        for func in reversed(funcs[:-1]):
            result = func(result)
        return result

    return composed


def pipeline(*funcs):
    return compose(*reversed(funcs))
