# expect: wrong_answer
# Reads with dict.get(name, default) and a default of None: an unset attribute
# without a default reads as None (or the sentinel) instead of raising AttributeError.
MISSING = object()


class Typed:
    def __init__(self, type_, *, default=None):
        self.type_ = type_
        self.default = None if default is MISSING else default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance.__dict__.get(self.name, self.default)

    def __set__(self, instance, value):
        if not isinstance(value, self.type_):
            raise TypeError(f"{self.name} must be {self.type_.__name__}, not {type(value).__name__}")
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        instance.__dict__.pop(self.name, None)
