# expect: wrong_answer
# to_json() dumps all of vars(self), private attributes included.
import json


def _public(obj):
    """The public attributes of obj, in the order of vars(obj)."""
    return {name: value for name, value in vars(obj).items() if not name.startswith("_")}


class ReprMixin:
    """repr() is ClassName(a=1, b='x'): the public attributes of vars(self), in order."""

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in _public(self).items())
        return f"{type(self).__name__}({fields})"


class ComparableMixin:
    """==, !=, <, <=, >, >= and hash() from self.sort_key(), which the class defines.
    Against an object without sort_key, each comparison returns NotImplemented."""

    def _keys(self, other):
        """(my key, other's key), or None when other cannot be compared."""
        other_key = getattr(other, "sort_key", None)
        if not callable(other_key):
            return None
        return self.sort_key(), other_key()

    def __eq__(self, other):
        keys = self._keys(other)
        return NotImplemented if keys is None else keys[0] == keys[1]

    def __ne__(self, other):
        keys = self._keys(other)
        return NotImplemented if keys is None else keys[0] != keys[1]

    def __lt__(self, other):
        keys = self._keys(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._keys(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._keys(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._keys(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __hash__(self) -> int:
        return hash(self.sort_key())


class JsonMixin:
    """to_json() and from_json(text) from the public attributes."""

    def to_json(self) -> str:
        """The public attributes as a JSON object, keys sorted."""
        return json.dumps(vars(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str):
        """An instance of cls built from the JSON object's items as keyword arguments."""
        return cls(**json.loads(text))
