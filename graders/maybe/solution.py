"""Maybe: a value that may be missing, as Some(value) or the single Nothing."""


class Maybe:
    """Either Some(value) or Nothing."""

    __slots__ = ()

    @staticmethod
    def of(value):
        """Nothing when value is None, else Some(value)."""
        return Nothing if value is None else Some(value)


class Some(Maybe):
    """A Maybe holding a value (which may even be None)."""

    __slots__ = ("_value",)

    def __init__(self, value):
        self._value = value

    def map(self, f):
        """Maybe.of(f(value))."""
        return Maybe.of(f(self._value))

    def bind(self, f):
        """f(value), a Maybe, as it is."""
        return f(self._value)

    def get_or(self, default):
        """The value held, whatever it is."""
        return self._value

    def is_nothing(self) -> bool:
        return False

    def __eq__(self, other):
        if isinstance(other, Some):
            return self._value == other._value
        if isinstance(other, Maybe):
            return False
        return NotImplemented

    def __hash__(self):
        return hash((Some, self._value))

    def __repr__(self) -> str:
        return f"Some({self._value!r})"


class _NothingType(Maybe):
    """The type of Nothing. There is exactly one Nothing: create no other."""

    __slots__ = ()
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def map(self, f):
        """Nothing, without calling f."""
        return self

    def bind(self, f):
        """Nothing, without calling f."""
        return self

    def get_or(self, default):
        return default

    def is_nothing(self) -> bool:
        return True

    def __repr__(self) -> str:
        return "Nothing"


Nothing = _NothingType()
