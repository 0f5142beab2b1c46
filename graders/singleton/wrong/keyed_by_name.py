# expect: wrong_answer
# Keys the instances by class name: two different classes called Config share one
# instance.
import threading


class Singleton(type):
    _instances = {}
    _lock = threading.RLock()

    def __call__(cls, *args, **kwargs):
        with Singleton._lock:
            if cls.__name__ not in Singleton._instances:
                Singleton._instances[cls.__name__] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls.__name__]
