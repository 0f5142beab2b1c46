# expect: wrong_answer
# Makes the call of a returned TailCall once (`if` where a `while` is needed): the
# next TailCall is returned to the caller as if it were the result.


class TailCall:
    def __init__(self, func, *args, **kwargs):
        self.func = func
        self.args = args
        self.kwargs = kwargs


def tail_recursive(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, TailCall):
            target = getattr(result.func, "body", result.func)
            result = target(*result.args, **result.kwargs)
        return result

    wrapper.body = func
    return wrapper
