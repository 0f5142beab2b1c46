# expect: wrong_answer
# Instead of counting parameters, calls func and keeps collecting whenever that raises
# TypeError: too many arguments are never reported, a function whose own body raises
# TypeError is taken for one that wants more arguments.


def curry(func):
    def collecting(args, kwargs):
        def curried(*more, **more_kwargs):
            every = args + more
            keywords = dict(kwargs, **more_kwargs)
            try:
                return func(*every, **keywords)
            except TypeError:
                return collecting(every, keywords)

        return curried

    return collecting((), {})
