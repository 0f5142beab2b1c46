# expect: wrong_answer
# Catches any exception raised by f and returns Nothing: errors disappear silently.


class Maybe:
    @staticmethod
    def of(value):
        return Nothing if value is None else Some(value)


class Some(Maybe):
    def __init__(self, value):
        self.value = value

    def map(self, f):
        try:
            return Maybe.of(f(self.value))
        except Exception:
            return Nothing

    def bind(self, f):
        try:
            return f(self.value)
        except Exception:
            return Nothing

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
