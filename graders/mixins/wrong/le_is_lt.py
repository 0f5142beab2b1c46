# expect: wrong_answer
# Builds <= and >= from the strict comparisons only (<= as <, >= as >): equal keys
# are neither <= nor >= each other.
import json


class ReprMixin:
    def __repr__(self):
        parts = [f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_")]
        return f"{type(self).__name__}({', '.join(parts)})"


class ComparableMixin:
    def _key_of(self, other):
        method = getattr(other, "sort_key", None)
        return None if method is None else (method(),)

    def __eq__(self, other):
        key = self._key_of(other)
        return NotImplemented if key is None else self.sort_key() == key[0]

    def __ne__(self, other):
        key = self._key_of(other)
        return NotImplemented if key is None else self.sort_key() != key[0]

    def __lt__(self, other):
        key = self._key_of(other)
        return NotImplemented if key is None else self.sort_key() < key[0]

    def __le__(self, other):
        key = self._key_of(other)
        return NotImplemented if key is None else self.sort_key() < key[0]

    def __gt__(self, other):
        key = self._key_of(other)
        return NotImplemented if key is None else self.sort_key() > key[0]

    def __ge__(self, other):
        key = self._key_of(other)
        return NotImplemented if key is None else self.sort_key() > key[0]

    def __hash__(self):
        return hash(self.sort_key())


class JsonMixin:
    def to_json(self):
        return json.dumps({k: v for k, v in vars(self).items() if not k.startswith("_")}, sort_keys=True)

    @classmethod
    def from_json(cls, text):
        return cls(**json.loads(text))
