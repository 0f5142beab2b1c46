"""Three mixins: a repr, comparisons and a hash, and JSON, each from what the class holds."""


class ReprMixin:
    """repr() is ClassName(a=1, b='x'): the public attributes of vars(self), in order."""

    def __repr__(self) -> str:
        raise NotImplementedError("write ReprMixin.__repr__")


class ComparableMixin:
    """==, !=, <, <=, >, >= and hash() from self.sort_key(), which the class defines.
    Against an object without sort_key, each comparison returns NotImplemented."""

    def __eq__(self, other):
        raise NotImplementedError("write ComparableMixin.__eq__")

    def __ne__(self, other):
        raise NotImplementedError("write ComparableMixin.__ne__")

    def __lt__(self, other):
        raise NotImplementedError("write ComparableMixin.__lt__")

    def __le__(self, other):
        raise NotImplementedError("write ComparableMixin.__le__")

    def __gt__(self, other):
        raise NotImplementedError("write ComparableMixin.__gt__")

    def __ge__(self, other):
        raise NotImplementedError("write ComparableMixin.__ge__")

    def __hash__(self) -> int:
        raise NotImplementedError("write ComparableMixin.__hash__")


class JsonMixin:
    """to_json() and from_json(text) from the public attributes."""

    def to_json(self) -> str:
        """The public attributes as a JSON object, keys sorted."""
        raise NotImplementedError("write JsonMixin.to_json")

    @classmethod
    def from_json(cls, text: str):
        """An instance of cls built from the JSON object's items as keyword arguments."""
        raise NotImplementedError("write JsonMixin.from_json")
