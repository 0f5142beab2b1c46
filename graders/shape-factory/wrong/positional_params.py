# expect: wrong_answer
# Passes the parameters by position, in the order they were given (klass(*params.values())):
# create_shape('label', second=2, first=1) swaps them.
import abc
import math

_KINDS = {}


def register_shape(name):
    def deco(klass):
        _KINDS[name] = klass
        return klass
    return deco


def create_shape(kind, **params):
    try:
        klass = _KINDS[kind]
    except KeyError:
        raise ValueError("no shape %r (try one of: %s)" % (kind, " / ".join(sorted(_KINDS)))) from None
    return klass(*params.values())


def _positive(name, value):
    if not value > 0:
        raise ValueError("%s must be > 0" % name)
    return value


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass

    @abc.abstractmethod
    def perimeter(self):
        pass


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
        self.height = _positive("height", height)

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)


@register_shape("square")
class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
