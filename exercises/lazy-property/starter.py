"""A descriptor that computes an attribute on first access and caches it in the instance."""


class lazy_property:
    """Use as a decorator on a method of one argument (self):

        class Circle:
            @lazy_property
            def area(self): ...

    The method runs on the first access per instance; its result is stored in the
    instance (vars(obj)['area']) and returned by later accesses.
    """

    def __init__(self, func):
        """Wrap the method func, keeping its __name__ and __doc__."""
        raise NotImplementedError("write lazy_property.__init__")

    def __get__(self, obj, owner=None):
        """The descriptor itself on the class; on an instance, the computed value."""
        raise NotImplementedError("write lazy_property.__get__")
