# expect: runtime_error
# Makes the attribute read-only with __set__, which turns it into a data descriptor,
# but defines no __delete__: `del obj.attr` raises AttributeError.
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
        if self.name not in obj.__dict__:
            obj.__dict__[self.name] = self.func(obj)
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        raise AttributeError("%s is read-only" % self.name)
