# expect: wrong_answer
# Compares with tuple(other), so a vector equals any tuple or list of the same
# numbers: Vector(1, 2) == (1, 2) is True.

import math
import numbers


class Vector:
    """A vector of numbers: immutable, hashable, with the usual arithmetic."""

    __slots__ = ("_components",)

    def __init__(self, *components):
        object.__setattr__(self, "_components", tuple(components))

    def __setattr__(self, name, value):
        raise AttributeError("Vector is immutable")

    def __delattr__(self, name):
        raise AttributeError("Vector is immutable")

    def __repr__(self):
        return "Vector(%s)" % ", ".join(repr(c) for c in self._components)

    def __len__(self):
        return len(self._components)

    def __getitem__(self, index):
        return self._components[index]

    def __iter__(self):
        return iter(self._components)

    def __eq__(self, other):
        try:
            return self._components == tuple(other)
        except TypeError:
            return NotImplemented

    def __hash__(self):
        return hash(self._components)

    def __bool__(self):
        return any(self._components)

    def __abs__(self):
        return math.hypot(*self._components)

    def __neg__(self):
        return Vector(*(-c for c in self._components))

    def _pairs(self, other):
        if len(self) != len(other):
            raise ValueError("vectors of different lengths: %d and %d" % (len(self), len(other)))
        return zip(self._components, other._components)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in self._pairs(other)))

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a - b for a, b in self._pairs(other)))

    def __mul__(self, scalar):
        if not isinstance(scalar, numbers.Real):
            return NotImplemented
        return Vector(*(c * scalar for c in self._components))

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return sum(a * b for a, b in self._pairs(other))
