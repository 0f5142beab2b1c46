# expect: runtime_error
# Checks for too many arguments against the positional parameters only, forgetting
# that a function with *args takes any number: curry(lambda a, *rest: ...)(1, 2) raises
# TypeError.
import inspect


def curry(func):
    parameters = [
        p for p in inspect.signature(func).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    needed = sum(1 for p in parameters if p.default is p.empty)

    def collecting(args, kwargs):
        def curried(*more, **more_kwargs):
            every = args + more
            keywords = dict(kwargs, **more_kwargs)
            if len(every) > len(parameters):
                raise TypeError("too many arguments")
            if len(every) >= needed:
                return func(*every, **keywords)
            return collecting(every, keywords)

        return curried

    return collecting((), {})
