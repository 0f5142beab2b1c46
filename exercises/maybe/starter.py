"""Maybe: a value that may be missing, as Some(value) or the single Nothing."""


class Maybe:
    """Either Some(value) or Nothing."""

    @staticmethod
    def of(value):
        """Nothing when value is None, else Some(value)."""
        raise NotImplementedError("write Maybe.of")

    def map(self, f):
        """Some(x).map(f) is Maybe.of(f(x)); Nothing.map(f) is Nothing (f is not called)."""
        raise NotImplementedError("write Maybe.map")

    def bind(self, f):
        """Some(x).bind(f) is f(x), itself a Maybe; Nothing.bind(f) is Nothing."""
        raise NotImplementedError("write Maybe.bind")

    def get_or(self, default):
        """The content of a Some; default for Nothing."""
        raise NotImplementedError("write Maybe.get_or")

    def is_nothing(self) -> bool:
        """True for Nothing, False for every Some."""
        raise NotImplementedError("write Maybe.is_nothing")

    def __eq__(self, other):
        """Two Somes with equal contents are equal; Nothing equals only Nothing."""
        raise NotImplementedError("write Maybe.__eq__")

    def __repr__(self) -> str:
        """Some(<repr of the content>), or Nothing."""
        raise NotImplementedError("write Maybe.__repr__")


class Some(Maybe):
    """A Maybe holding a value (which may even be None)."""

    def __init__(self, value):
        raise NotImplementedError("write Some.__init__")


class _NothingType(Maybe):
    """The type of Nothing. There is exactly one Nothing: create no other."""


Nothing = _NothingType()
