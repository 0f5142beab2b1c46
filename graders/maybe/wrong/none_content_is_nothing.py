# expect: wrong_answer
# One class for everything, empty when the content is None: Some(None) behaves as
# Nothing (is_nothing() is True, get_or returns the default, map skips f).


class Maybe:
    def __init__(self, value=None):
        self.value = value

    @staticmethod
    def of(value):
        return Nothing if value is None else Some(value)

    def is_nothing(self):
        return self.value is None

    def map(self, f):
        return Nothing if self.is_nothing() else Maybe.of(f(self.value))

    def bind(self, f):
        return Nothing if self.is_nothing() else f(self.value)

    def get_or(self, default):
        return default if self.is_nothing() else self.value

    def __eq__(self, other):
        if not isinstance(other, Maybe):
            return NotImplemented
        return self.value == other.value

    def __repr__(self):
        return "Nothing" if self.is_nothing() else "Some(%r)" % (self.value,)


class Some(Maybe):
    pass


Nothing = Maybe()
