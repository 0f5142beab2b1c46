# expect: wrong_answer
# Writes __ne__ as `not self.__eq__(other)`: when __eq__ returns NotImplemented (a
# truthy constant), __ne__ returns False, so `version != 'text'` is False.
import json


class ReprMixin:
    def __repr__(self):
        parts = [f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_")]
        return f"{type(self).__name__}({', '.join(parts)})"


class ComparableMixin:
    def __eq__(self, other):
        if not hasattr(other, "sort_key"):
            return NotImplemented
        return self.sort_key() == other.sort_key()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        if not hasattr(other, "sort_key"):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __le__(self, other):
        if not hasattr(other, "sort_key"):
            return NotImplemented
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other):
        if not hasattr(other, "sort_key"):
            return NotImplemented
        return self.sort_key() > other.sort_key()

    def __ge__(self, other):
        if not hasattr(other, "sort_key"):
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
