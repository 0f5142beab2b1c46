# expect: runtime_error
# Every partial application appends to the same list of arguments: after g = f(1),
# g(2)(3) leaves 2 and 3 behind, so the next use of g passes too many (TypeError).
import inspect


def curry(func):
    needed = sum(
        1
        for p in inspect.signature(func).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
    )
    collected = []
    keywords = {}

    def curried(*args, **kwargs):
        collected.extend(args)
        keywords.update(kwargs)
        if len(collected) >= needed:
            return func(*collected, **keywords)
        return curried

    return curried
