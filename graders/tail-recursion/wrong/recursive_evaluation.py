# expect: runtime_error
# Evaluates a returned TailCall by calling it recursively: every tail call adds stack
# frames again, and a long chain hits the recursion limit (RecursionError).


class TailCall:
    def __init__(self, func, *args, **kwargs):
        self.func = func
        self.args = args
        self.kwargs = kwargs


def _run(result):
    if isinstance(result, TailCall):
        return _run(result.func(*result.args, **result.kwargs))
    return result


def tail_recursive(func):
    def wrapper(*args, **kwargs):
        return _run(func(*args, **kwargs))

    return wrapper
