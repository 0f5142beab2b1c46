# expect: runtime_error
# Uses None to mean "no default" (and tests the default's truth): a default of None,
# 0 or '' is treated as no default at all, and reading raises AttributeError.
MISSING = None


class Typed:
    def __init__(self, type_, *, default=None):
        self.type_ = type_
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.name in instance.__dict__:
            return instance.__dict__[self.name]
        if not self.default:
            raise AttributeError(self.name)
        return self.default

    def __set__(self, instance, value):
        if not isinstance(value, self.type_):
            raise TypeError(f"{self.name} must be {self.type_.__name__}, not {type(value).__name__}")
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        instance.__dict__.pop(self.name, None)
