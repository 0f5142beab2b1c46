# expect: wrong_answer
# Caches the value on the descriptor (self.value): the descriptor is shared by every
# instance, so the first instance's value is returned for all of them.
import functools

_UNSET = object()


class lazy_property:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.value = _UNSET

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if self.value is _UNSET:
            self.value = self.func(obj)
        return self.value
