"""Trusted test code for mixins: the classes that use them, and a look inside JSON."""

import json


def json_pairs(text):
    """The JSON text parsed with every object kept as its list of (key, value) pairs,
    in the order they appear in the text (so key order can be checked)."""
    return json.loads(text, object_pairs_hook=list)


class Point(ReprMixin):
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Empty(ReprMixin):
    kind = "class attribute"


class Account(ReprMixin):
    currency = "EUR"  # a class attribute, not the instance's

    def __init__(self, owner, balance):
        self.owner = owner
        self._pin = 1234
        self.balance = balance
        self.__token = "secret"  # stored as _Account__token

    @property
    def summary(self):
        return "%s: %s" % (self.owner, self.balance)


class Shuffled(ReprMixin):
    def __init__(self):
        self.zeta = 1
        self.alpha = 2
        self.mid = 3


def make_local_class():
    """A class defined inside a function: its __qualname__ is not its __name__."""

    class Local(ReprMixin):
        def __init__(self):
            self.n = 1

    return Local


class Version(ComparableMixin):
    def __init__(self, major, minor, label=""):
        self.major = major
        self.minor = minor
        self.label = label

    def sort_key(self):
        return (self.major, self.minor)


class Word(ComparableMixin):
    def __init__(self, text):
        self.text = text

    def sort_key(self):
        return self.text.casefold()


class Release(ComparableMixin):
    """Another class, keyed like Version."""

    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def sort_key(self):
        return (self.major, self.minor)


class KeyOnly:
    """Not a mixin user at all: just an object with a sort_key method."""

    def __init__(self, key):
        self.key = key

    def sort_key(self):
        return self.key


class NoKey:
    """An object without sort_key."""


def all_six(a, b):
    """The six comparisons of a with b, in the order ==, !=, <, <=, >, >=."""
    return (a == b, a != b, a < b, a <= b, a > b, a >= b)


class Settings(JsonMixin):
    def __init__(self, theme, size=12, tags=None):
        self.theme = theme
        self.size = size
        self.tags = [] if tags is None else tags
        self._dirty = False


class Temperature(JsonMixin):
    def __init__(self, celsius):
        self.celsius = celsius
        self._kelvin = celsius + 273.15

    def kelvin(self):
        return self._kelvin


class Metric(Temperature):
    pass


class Card(ReprMixin, ComparableMixin, JsonMixin):
    RANKS = "23456789TJQKA"

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def sort_key(self):
        return (self.RANKS.index(self.rank), self.suit)
