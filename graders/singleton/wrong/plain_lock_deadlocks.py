# expect: wrong_answer
# Holds a plain threading.Lock while __init__ runs: a singleton whose __init__ creates
# another singleton waits for a lock its own thread holds, for ever.
import threading


class Singleton(type):
    _instances = {}
    _lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        with Singleton._lock:
            if cls not in Singleton._instances:
                Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]
