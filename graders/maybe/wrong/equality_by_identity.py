# expect: wrong_answer
# Defines no __eq__: Somes compare by identity, so Some(3) == Some(3) is False.


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
