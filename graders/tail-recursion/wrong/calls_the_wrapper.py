# expect: runtime_error
# Loops over TailCalls, but calls the function a TailCall names as it is: when that is
# a decorated function, its wrapper starts a loop of its own, one inside the other, and
# the stack grows with every tail call after all.


class TailCall:
    def __init__(self, func, *args, **kwargs):
        self.func = func
        self.args = args
        self.kwargs = kwargs


def tail_recursive(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        while isinstance(result, TailCall):
            result = result.func(*result.args, **result.kwargs)
        return result

    return wrapper
