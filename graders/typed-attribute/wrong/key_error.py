# expect: wrong_answer
# Reads the instance's dict with [] and lets the KeyError out: an unset attribute
# raises KeyError instead of AttributeError, so hasattr() and getattr(..., fallback) break.
MISSING = object()


class Typed:
    def __init__(self, type_, *, default=MISSING):
        self.type_ = type_
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.name not in instance.__dict__ and self.default is not MISSING:
            return self.default
        return instance.__dict__[self.name]

    def __set__(self, instance, value):
        if not isinstance(value, self.type_):
            raise TypeError(f"{self.name} must be {self.type_.__name__}, not {type(value).__name__}")
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        instance.__dict__.pop(self.name, None)
