# expect: wrong_answer
# Keeps one object per class but runs __init__ on it at every call: later arguments
# overwrite the first ones.
import threading


class Singleton(type):
    _instances = {}
    _lock = threading.RLock()

    def __call__(cls, *args, **kwargs):
        with Singleton._lock:
            if cls not in Singleton._instances:
                Singleton._instances[cls] = cls.__new__(cls)
            instance = Singleton._instances[cls]
        instance.__init__(*args, **kwargs)
        return instance
