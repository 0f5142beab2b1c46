# expect: runtime_error
# TailCall makes its call at once, in __init__, and keeps the result: creating one
# calls the function, and the chain of calls is plain recursion again.


class TailCall:
    def __init__(self, func, *args, **kwargs):
        self.value = func(*args, **kwargs)


def tail_recursive(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        while isinstance(result, TailCall):
            result = result.value
        return result

    return wrapper
