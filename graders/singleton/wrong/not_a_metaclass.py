# expect: runtime_error
# Writes Singleton as an ordinary base class that caches instances in __new__, not as
# a metaclass: `class Config(metaclass=Singleton)` then makes Config a Singleton
# instance instead of a class, and calling it fails.


class Singleton:
    _instances = {}

    def __new__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__new__(cls)
        return Singleton._instances[cls]
