# expect: wrong_answer
# __eq__ compares the content with the other object itself when it is not a Some:
# Some(1) == 1 is True, and Some(None) == None too.


class Maybe:
    @staticmethod
    def of(value):
        return Nothing if value is None else Some(value)


class Some(Maybe):
    def __init__(self, value):
        self.value = value

    def map(self, f):
        return Maybe.of(f(self.value))

    def bind(self, f):
        return f(self.value)

    def get_or(self, default):
        return self.value

    def is_nothing(self):
        return False

    def __eq__(self, other):
        if isinstance(other, Some):
            return self.value == other.value
        if other is Nothing:
            return False
        return self.value == other

    def __repr__(self):
        return "Some(%r)" % (self.value,)


class _NothingType(Maybe):
    def map(self, f):
        return self

    def bind(self, f):
        return self

    def get_or(self, default):
        return default

    def is_nothing(self):
        return True

    def __repr__(self):
        return "Nothing"


Nothing = _NothingType()
