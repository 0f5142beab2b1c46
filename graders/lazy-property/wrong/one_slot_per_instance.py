# expect: wrong_answer
# Caches every lazy property of an instance in the same slot (obj.__dict__['_lazy']),
# so the first one computed answers for all the others.
import functools


class lazy_property:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if "_lazy" not in obj.__dict__:
            obj.__dict__["_lazy"] = self.func(obj)
        return obj.__dict__["_lazy"]

    def __delete__(self, obj):
        obj.__dict__.pop("_lazy", None)
