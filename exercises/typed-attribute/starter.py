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
        raise NotImplementedError("write Typed.__init__")

    def __set_name__(self, owner, name):
        """Called when the owning class is created: remember the attribute's name."""
        raise NotImplementedError("write Typed.__set_name__")

    def __get__(self, instance, owner=None):
        """The instance's value (or the default); the descriptor itself on the class;
        AttributeError when there is neither a value nor a default."""
        raise NotImplementedError("write Typed.__get__")

    def __set__(self, instance, value):
        """Store value for this instance; TypeError (naming the attribute and both
        types) when value is not an instance of type_."""
        raise NotImplementedError("write Typed.__set__")

    def __delete__(self, instance):
        """Remove this instance's value (the default, if any, is read again)."""
        raise NotImplementedError("write Typed.__delete__")
