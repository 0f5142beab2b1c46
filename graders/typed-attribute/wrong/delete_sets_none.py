# expect: wrong_answer
# del stores None instead of removing the value: afterwards the attribute reads as
# None rather than the default (or an AttributeError).
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
        if self.name in instance.__dict__:
            return instance.__dict__[self.name]
        if self.default is MISSING:
            raise AttributeError(self.name)
        return self.default

    def __set__(self, instance, value):
        if not isinstance(value, self.type_):
            raise TypeError(f"{self.name} must be {self.type_.__name__}, not {type(value).__name__}")
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        instance.__dict__[self.name] = None
