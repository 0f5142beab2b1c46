"""A descriptor that type-checks an attribute on every assignment."""


class _Missing:
    """The type of MISSING: "no default was given" (None and 0 are real defaults)."""

    def __repr__(self):
        return "MISSING"


MISSING = _Missing()


class Typed:
    """A class attribute that only accepts instances of `type_`, kept per instance."""

    def __init__(self, type_, *, default=MISSING):
        """Accept instances of type_; `default` is read while no value is set."""
        self.type_ = type_
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        """Called when the owning class is created: remember the attribute's name."""
        self.name = name

    def __get__(self, instance, owner=None):
        """The instance's value (or the default); the descriptor itself on the class;
        AttributeError when there is neither a value nor a default."""
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            if self.default is MISSING:
                raise AttributeError(f"{self.name} is not set") from None
            return self.default

    def __set__(self, instance, value):
        """Store value for this instance; TypeError (naming the attribute and both
        types) when value is not an instance of type_."""
        if not isinstance(value, self.type_):
            raise TypeError(
                f"{self.name} must be {self.type_.__name__}, not {type(value).__name__}"
            )
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        """Remove this instance's value (the default, if any, is read again)."""
        try:
            del instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{self.name} is not set") from None
