# expect: runtime_error
# Each call takes exactly one argument: f(1)(2)(3) works, but f(1, 2) raises TypeError.
import inspect


def curry(func):
    needed = sum(
        1
        for p in inspect.signature(func).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
    )

    def collecting(args, kwargs):
        if len(args) >= needed:
            return func(*args, **kwargs)

        def curried(arg, **more_kwargs):
            return collecting(args + (arg,), dict(kwargs, **more_kwargs))

        return curried

    return collecting((), {})
