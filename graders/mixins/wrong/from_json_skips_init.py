# expect: runtime_error
# from_json() makes a bare instance with cls.__new__ and copies the JSON into its
# __dict__: __init__ never runs, so what it sets is missing and bad keys are accepted.
import json


class ReprMixin:
    def __repr__(self):
        parts = [f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_")]
        return f"{type(self).__name__}({', '.join(parts)})"


class ComparableMixin:
    def _other_key(self, other):
        return getattr(other, "sort_key", None)

    def __eq__(self, other):
        key = self._other_key(other)
        return NotImplemented if key is None else self.sort_key() == key()

    def __ne__(self, other):
        key = self._other_key(other)
        return NotImplemented if key is None else self.sort_key() != key()

    def __lt__(self, other):
        key = self._other_key(other)
        return NotImplemented if key is None else self.sort_key() < key()

    def __le__(self, other):
        key = self._other_key(other)
        return NotImplemented if key is None else self.sort_key() <= key()

    def __gt__(self, other):
        key = self._other_key(other)
        return NotImplemented if key is None else self.sort_key() > key()

    def __ge__(self, other):
        key = self._other_key(other)
        return NotImplemented if key is None else self.sort_key() >= key()

    def __hash__(self):
        return hash(self.sort_key())


class JsonMixin:
    def to_json(self):
        return json.dumps({k: v for k, v in vars(self).items() if not k.startswith("_")}, sort_keys=True)

    @classmethod
    def from_json(cls, text):
        obj = cls.__new__(cls)
        obj.__dict__.update(json.loads(text))
        return obj
