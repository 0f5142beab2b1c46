"""A metaclass that gives each class using it exactly one instance."""

import threading


class Singleton(type):
    """A metaclass: every call of a class that uses it returns that class's one
    instance, made (and initialised) by the first call."""

    _instances = {}  # class -> its instance; each class, subclasses too, has its own
    # Reentrant: the __init__ of one singleton class may create another one.
    _lock = threading.RLock()

    def __call__(cls, *args, **kwargs):
        instance = Singleton._instances.get(cls)
        if instance is None:
            with Singleton._lock:
                # Checked again under the lock: another thread may have made it first.
                instance = Singleton._instances.get(cls)
                if instance is None:
                    instance = super().__call__(*args, **kwargs)
                    Singleton._instances[cls] = instance
        return instance
