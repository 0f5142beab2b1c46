# expect: wrong_answer
# Calls func with only the first n positional arguments: extra arguments are dropped
# quietly instead of raising TypeError (and optional parameters can never be given).
import inspect


def curry(func):
    needed = sum(
        1
        for p in inspect.signature(func).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
    )

    def collecting(args, kwargs):
        def curried(*more, **more_kwargs):
            every = args + more
            keywords = dict(kwargs, **more_kwargs)
            if len(every) >= needed:
                return func(*every[:needed], **keywords)
            return collecting(every, keywords)

        return curried

    return collecting((), {})
