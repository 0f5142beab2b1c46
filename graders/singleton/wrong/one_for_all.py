# expect: wrong_answer
# Keeps one instance for the whole metaclass: the first class called wins, and every
# other class that uses the metaclass returns that same object.
import threading


class Singleton(type):
    _instance = None
    _lock = threading.RLock()

    def __call__(cls, *args, **kwargs):
        with Singleton._lock:
            if Singleton._instance is None:
                Singleton._instance = super().__call__(*args, **kwargs)
        return Singleton._instance
