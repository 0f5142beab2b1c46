# expect: wrong_answer
# Checks and creates without a lock: threads that call the class at the same moment
# all see that there is no instance yet, and each runs __init__.


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]
