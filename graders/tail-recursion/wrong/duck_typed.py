# expect: wrong_answer
# Recognises a tail call by its attributes (func and args) rather than by its class:
# a returned value that has such attributes is called instead of being returned.


class TailCall:
    def __init__(self, func, *args, **kwargs):
        self.func = func
        self.args = args
        self.kwargs = kwargs


def tail_recursive(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        while hasattr(result, "func") and hasattr(result, "args"):
            target = getattr(result.func, "body", result.func)
            result = target(*result.args, **getattr(result, "kwargs", {}))
        return result

    wrapper.body = func
    return wrapper
