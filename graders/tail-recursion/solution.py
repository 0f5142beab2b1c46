"""Tail calls without a growing stack: TailCall and a trampolining decorator."""

import functools


class TailCall:
    """A request, returned by a function, to call func(*args, **kwargs) next."""

    __slots__ = ("func", "args", "kwargs")

    def __init__(self, func, *args, **kwargs):
        self.func = func
        self.args = args
        self.kwargs = kwargs


def _body(func):
    """What the loop calls for func: the undecorated function behind a tail_recursive
    wrapper (so that it does not start a loop, and a stack frame, of its own), else func."""
    return getattr(func, "_tail_recursive_body", func)


def tail_recursive(func):
    """Decorate func so that the TailCalls it returns run in a loop, not on the stack."""

    @functools.wraps(func)
    def trampoline(*args, **kwargs):
        result = func(*args, **kwargs)
        last_func = target = None
        while isinstance(result, TailCall):
            if result.func is not last_func:  # the same function again, most often
                last_func = result.func
                target = _body(last_func)
            result = target(*result.args, **result.kwargs)
        return result

    trampoline._tail_recursive_body = func
    return trampoline
