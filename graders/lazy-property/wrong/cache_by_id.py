# expect: wrong_answer
# Keeps the values in a dict on the descriptor, keyed by id(obj): nothing is stored in
# the instance, and del obj.attr is not noticed.
import functools


class lazy_property:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.values = {}

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if id(obj) not in self.values:
            self.values[id(obj)] = self.func(obj)
        return self.values[id(obj)]

    def __delete__(self, obj):
        pass
