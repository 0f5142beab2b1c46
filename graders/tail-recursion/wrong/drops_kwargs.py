# expect: wrong_answer
# TailCall keeps only the positional arguments: keyword arguments are lost, so a
# keyword accumulator keeps its default.


class TailCall:
    def __init__(self, func, *args, **kwargs):
        self.func = func
        self.args = args


def tail_recursive(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        while isinstance(result, TailCall):
            target = getattr(result.func, "body", result.func)
            result = target(*result.args)
        return result

    wrapper.body = func
    return wrapper
