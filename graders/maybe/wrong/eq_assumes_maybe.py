# expect: runtime_error
# __eq__ reads other.value without checking what other is: comparing a Some with
# Nothing, or with a plain value, raises AttributeError.


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
        return self.value == other.value

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
