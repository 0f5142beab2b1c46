# expect: runtime_error
# Checks whether the arguments are complete before the first call: for a function
# without required parameters, curry(func) returns func's result instead of a curried
# function.
import inspect


def curry(func, *args, **kwargs):
    needed = sum(
        1
        for p in inspect.signature(func).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
    )
    if len(args) >= needed:
        return func(*args, **kwargs)

    def curried(*more, **more_kwargs):
        return curry(func, *(args + more), **dict(kwargs, **more_kwargs))

    return curried
