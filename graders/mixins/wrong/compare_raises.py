# expect: runtime_error
# Calls other.sort_key() without checking that it exists: comparing with an object
# that has no sort_key raises AttributeError instead of returning NotImplemented.
import json


class ReprMixin:
    def __repr__(self):
        parts = [f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_")]
        return f"{type(self).__name__}({', '.join(parts)})"


class ComparableMixin:
    def __eq__(self, other):
        return self.sort_key() == other.sort_key()

    def __ne__(self, other):
        return self.sort_key() != other.sort_key()

    def __lt__(self, other):
        return self.sort_key() < other.sort_key()

    def __le__(self, other):
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other):
        return self.sort_key() > other.sort_key()

    def __ge__(self, other):
        return self.sort_key() >= other.sort_key()

    def __hash__(self):
        return hash(self.sort_key())


class JsonMixin:
    def to_json(self):
        return json.dumps({k: v for k, v in vars(self).items() if not k.startswith("_")}, sort_keys=True)

    @classmethod
    def from_json(cls, text):
        return cls(**json.loads(text))
