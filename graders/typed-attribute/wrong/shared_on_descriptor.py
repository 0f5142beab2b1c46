# expect: wrong_answer
# Keeps the value on the descriptor itself: every instance of the class shares one value.
MISSING = object()


class Typed:
    def __init__(self, type_, *, default=MISSING):
        self.type_ = type_
        self.value = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.value is MISSING:
            raise AttributeError(self.name)
        return self.value

    def __set__(self, instance, value):
        if not isinstance(value, self.type_):
            raise TypeError(f"{self.name} must be {self.type_.__name__}, not {type(value).__name__}")
        self.value = value

    def __delete__(self, instance):
        self.value = MISSING
