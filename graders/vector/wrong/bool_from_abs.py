# expect: wrong_answer
# Takes the truth of a vector from its length, computed as sqrt(sum of squares): the
# squares of tiny components underflow to 0.0, so Vector(1e-200) counts as the zero vector.
import math
from numbers import Real


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        object.__setattr__(self, "_c", list(components))

    def __setattr__(self, name, value):
        raise AttributeError("Vector is immutable")

    def __delattr__(self, name):
        raise AttributeError("Vector is immutable")

    def _same(self, other):
        if len(self._c) != len(other._c):
            raise ValueError("lengths differ")

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._same(other)
        return Vector(*[a + b for a, b in zip(self._c, other._c)])

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._same(other)
        return Vector(*[a - b for a, b in zip(self._c, other._c)])

    def __mul__(self, k):
        if isinstance(k, Real):
            return Vector(*[a * k for a in self._c])
        return NotImplemented

    def __rmul__(self, k):
        if isinstance(k, Real):
            return Vector(*[k * a for a in self._c])
        return NotImplemented

    def __matmul__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._same(other)
        total = 0
        for a, b in zip(self._c, other._c):
            total += a * b
        return total

    def __neg__(self):
        return Vector(*[-a for a in self._c])

    def __abs__(self):
        return math.sqrt(sum(a * a for a in self._c))

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return len(self._c) == len(other._c) and all(a == b for a, b in zip(self._c, other._c))

    def __hash__(self):
        return hash(tuple(self._c))

    def __len__(self):
        return len(self._c)

    def __getitem__(self, i):
        return self._c[i]

    def __iter__(self):
        return iter(tuple(self._c))

    def __bool__(self):
        return bool(abs(self))

    def __repr__(self):
        return "Vector(%s)" % ", ".join(map(repr, self._c))
