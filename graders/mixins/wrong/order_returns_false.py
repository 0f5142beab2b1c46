# expect: wrong_answer
# Returns False from <, <=, > and >= when the other object has no sort_key, instead of
# NotImplemented: `version < 1` is False where Python should raise TypeError.
import json


class ReprMixin:
    def __repr__(self):
        parts = [f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_")]
        return f"{type(self).__name__}({', '.join(parts)})"


class ComparableMixin:
    def _comparable(self, other):
        return hasattr(other, "sort_key")

    def __eq__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self.sort_key() == other.sort_key()

    def __ne__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self.sort_key() != other.sort_key()

    def __lt__(self, other):
        return self._comparable(other) and self.sort_key() < other.sort_key()

    def __le__(self, other):
        return self._comparable(other) and self.sort_key() <= other.sort_key()

    def __gt__(self, other):
        return self._comparable(other) and self.sort_key() > other.sort_key()

    def __ge__(self, other):
        return self._comparable(other) and self.sort_key() >= other.sort_key()

    def __hash__(self):
        return hash(self.sort_key())


class JsonMixin:
    def to_json(self):
        return json.dumps({k: v for k, v in vars(self).items() if not k.startswith("_")}, sort_keys=True)

    @classmethod
    def from_json(cls, text):
        return cls(**json.loads(text))
