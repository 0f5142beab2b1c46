"""A metaclass that gives each class using it exactly one instance."""

import threading


class Singleton(type):
    """A metaclass: every call of a class that uses it returns that class's one
    instance, made (and initialised) by the first call. Thread-safe."""

    def __call__(cls, *args, **kwargs):
        """Return cls's one instance, creating it (running __init__ with these
        arguments) only on the first call."""
        raise NotImplementedError("write Singleton.__call__")
