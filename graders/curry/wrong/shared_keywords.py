# expect: wrong_answer
# Positional arguments are copied for each partial application, but the keywords go into
# one dict they all share: a keyword given to one branch leaks into the others.
import inspect


def curry(func):
    needed = sum(
        1
        for p in inspect.signature(func).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
    )
    keywords = {}

    def collecting(args):
        def curried(*more, **kwargs):
            keywords.update(kwargs)
            every = args + more
            if len(every) >= needed:
                return func(*every, **keywords)
            return collecting(every)

        return curried

    return collecting(())
