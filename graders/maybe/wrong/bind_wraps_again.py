# expect: wrong_answer
# bind wraps f's result with Maybe.of, like map: Some(8).bind(half) is Some(Some(4)).


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
        return Maybe.of(f(self.value))

    def get_or(self, default):
        return self.value

    def is_nothing(self):
        return False

    def __eq__(self, other):
        if not isinstance(other, Maybe):
            return NotImplemented
        return isinstance(other, Some) and self.value == other.value

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
