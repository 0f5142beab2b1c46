# expect: wrong_answer
# Maybe.of tests the truth of the value (`if not value`): 0, '' and False become Nothing.


class Maybe:
    @staticmethod
    def of(value):
        return Some(value) if value else Nothing


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
