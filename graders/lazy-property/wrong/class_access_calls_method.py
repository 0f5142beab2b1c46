# expect: runtime_error
# Forgets the obj is None case: reading the attribute on the class calls the method
# with None as self.
import functools


class lazy_property:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, owner=None):
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value
