# expect: wrong_answer
# Checks the width of a rectangle but not its height.

import abc
import math

_KINDS = {}  # kind name -> shape class


def register_shape(name):
    """A class decorator: make the class buildable as create_shape(name, ...)."""

    def register(cls):
        _KINDS[name] = cls
        return cls

    return register


def create_shape(kind, **params):
    """Build the shape registered as `kind` from keyword arguments."""
    try:
        cls = _KINDS[kind]
    except KeyError:
        known = ", ".join(sorted(_KINDS))
        raise ValueError("unknown shape kind %r; known kinds: %s" % (kind, known)) from None
    return cls(**params)


class Shape(abc.ABC):
    """A plane figure."""

    @abc.abstractmethod
    def area(self):
        """The area."""

    @abc.abstractmethod
    def perimeter(self):
        """The length of the boundary."""


def _positive(name, value):
    if not value > 0:
        raise ValueError("%s must be positive, got %r" % (name, value))
    return value


@register_shape("circle")
class Circle(Shape):
    def __init__(self, radius):
        self.radius = _positive("radius", radius)

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius


@register_shape("rectangle")
class Rectangle(Shape):
    def __init__(self, width, height):
        self.width = _positive("width", width)
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)


@register_shape("square")
class Square(Shape):
    def __init__(self, side):
        self.side = _positive("side", side)

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side
