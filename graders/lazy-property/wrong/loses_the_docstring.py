# expect: wrong_answer
# Keeps the method but not its __name__ and __doc__: on the class, the descriptor
# shows lazy_property's own docstring.
class lazy_property:
    """A lazily computed attribute."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value
