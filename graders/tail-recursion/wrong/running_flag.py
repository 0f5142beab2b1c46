# expect: runtime_error
# Keeps a global "a loop is running" flag and, while it is set, makes the wrapper
# return a TailCall instead of running: tail calls work, but a decorated function
# called in an ordinary expression inside the loop returns a TailCall, not its value.


class TailCall:
    def __init__(self, func, *args, **kwargs):
        self.func = func
        self.args = args
        self.kwargs = kwargs


_running = False


def tail_recursive(func):
    def wrapper(*args, **kwargs):
        global _running
        if _running:
            return TailCall(func, *args, **kwargs)
        _running = True
        try:
            result = func(*args, **kwargs)
            while isinstance(result, TailCall):
                result = result.func(*result.args, **result.kwargs)
        finally:
            _running = False
        return result

    return wrapper
