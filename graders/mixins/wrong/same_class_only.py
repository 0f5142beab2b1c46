# expect: runtime_error
# Compares only with instances of the same class (isinstance(other, type(self))):
# another object that has a sort_key is treated as not comparable, and < raises TypeError.
import json


class ReprMixin:
    def __repr__(self):
        parts = [f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_")]
        return f"{type(self).__name__}({', '.join(parts)})"


class ComparableMixin:
    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.sort_key() == other.sort_key()

    def __ne__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.sort_key() != other.sort_key()

    def __lt__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __le__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.sort_key() > other.sort_key()

    def __ge__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.sort_key() >= other.sort_key()

    def __hash__(self):
        return hash(self.sort_key())


class JsonMixin:
    def to_json(self):
        return json.dumps({k: v for k, v in vars(self).items() if not k.startswith("_")}, sort_keys=True)

    @classmethod
    def from_json(cls, text):
        return cls(**json.loads(text))
