# expect: wrong_answer
# A data descriptor that treats a stored None as "not computed yet" (dict.get(...)
# is None): a method returning None runs on every access.
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
        value = obj.__dict__.get(self.name)
        if value is None:
            value = obj.__dict__[self.name] = self.func(obj)
        return value

    def __delete__(self, obj):
        obj.__dict__.pop(self.name, None)
