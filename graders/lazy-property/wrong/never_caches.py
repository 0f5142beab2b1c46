# expect: wrong_answer
# Behaves like a plain property: runs the method on every access and stores nothing.
import functools


class lazy_property:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.func(obj)
