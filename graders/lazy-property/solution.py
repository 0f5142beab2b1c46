"""A descriptor that computes an attribute on first access and caches it in the instance."""

import functools


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
        functools.update_wrapper(self, func)
        self.func = func
        self.name = func.__name__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        """The descriptor itself on the class; on an instance, the computed value."""
        if obj is None:
            return self
        value = self.func(obj)  # an exception leaves nothing behind
        # NOTE: only __get__ is defined (a non-data descriptor), so from now on the
        # instance's __dict__ answers, and this method is not called again.
        vars(obj)[self.name] = value
        return value
