# expect: wrong_answer
# Takes a lock that it creates afresh in every call: each thread holds a lock of its
# own, so nothing is excluded and racing threads each run __init__.
import threading


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        with threading.Lock():
            if cls not in Singleton._instances:
                Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]
