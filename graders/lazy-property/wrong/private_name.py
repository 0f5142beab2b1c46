# expect: wrong_answer
# Caches the value under "_" + name (vars(obj)['_area']) instead of the attribute's
# own name.
import functools


class lazy_property:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.key = "_" + func.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if self.key not in obj.__dict__:
            obj.__dict__[self.key] = self.func(obj)
        return obj.__dict__[self.key]

    def __delete__(self, obj):
        obj.__dict__.pop(self.key, None)
