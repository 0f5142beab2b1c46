# expect: wrong_answer
# Counts the parameters with func.__code__.co_argcount instead of inspect.signature: it
# waits for optional parameters too, counts self in a bound method, and sees only
# (*args, **kwargs) in a functools.wraps wrapper.


def curry(func):
    needed = func.__code__.co_argcount

    def collecting(args, kwargs):
        def curried(*more, **more_kwargs):
            every = args + more
            keywords = dict(kwargs, **more_kwargs)
            if len(every) >= needed:
                return func(*every, **keywords)
            return collecting(every, keywords)

        return curried

    return collecting((), {})
