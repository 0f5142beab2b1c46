# expect: wrong_answer
# Keeps the instance in an attribute of the class: a subclass inherits that attribute,
# so once the base class has its instance the subclass returns it too.
import threading


class Singleton(type):
    _lock = threading.RLock()

    def __call__(cls, *args, **kwargs):
        with Singleton._lock:
            if getattr(cls, "_instance", None) is None:
                cls._instance = super().__call__(*args, **kwargs)
        return cls._instance
