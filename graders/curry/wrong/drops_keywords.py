# expect: wrong_answer
# Passes on only the keywords of the call that completes the arguments: keywords given
# in earlier calls are lost.
import inspect


def curry(func):
    needed = sum(
        1
        for p in inspect.signature(func).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
    )

    def collecting(args):
        def curried(*more, **kwargs):
            every = args + more
            if len(every) >= needed:
                return func(*every, **kwargs)
            return collecting(every)

        return curried

    return collecting(())
