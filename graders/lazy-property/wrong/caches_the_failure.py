# expect: wrong_answer
# Marks the attribute as being computed (stores a placeholder) before running the
# method, and leaves the placeholder behind when the method raises.
import functools


class lazy_property:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.name = func.__name__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        obj.__dict__[self.name] = None
        obj.__dict__[self.name] = self.func(obj)
        return obj.__dict__[self.name]
