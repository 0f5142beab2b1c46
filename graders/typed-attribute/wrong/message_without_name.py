# expect: wrong_answer
# Never learns its name (no __set_name__): values are kept under the descriptor's id,
# and the TypeError says which types, but not which attribute.
MISSING = object()


class Typed:
    def __init__(self, type_, *, default=MISSING):
        self.type_ = type_
        self.default = default
        self.key = "_typed_%d" % id(self)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.key in instance.__dict__:
            return instance.__dict__[self.key]
        if self.default is MISSING:
            raise AttributeError("attribute is not set")
        return self.default

    def __set__(self, instance, value):
        if not isinstance(value, self.type_):
            raise TypeError(f"expected {self.type_.__name__}, got {type(value).__name__}")
        instance.__dict__[self.key] = value

    def __delete__(self, instance):
        instance.__dict__.pop(self.key, None)
