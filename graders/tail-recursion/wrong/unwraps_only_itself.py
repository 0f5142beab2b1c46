# expect: runtime_error
# Runs a TailCall of the function itself in the loop, but calls any other function's
# wrapper directly: self-recursion is fine, mutual recursion nests loops and hits the
# recursion limit.


class TailCall:
    def __init__(self, func, *args, **kwargs):
        self.func = func
        self.args = args
        self.kwargs = kwargs


def tail_recursive(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        while isinstance(result, TailCall):
            target = func if result.func is wrapper else result.func
            result = target(*result.args, **result.kwargs)
        return result

    return wrapper
