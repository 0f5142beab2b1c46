"""Trusted test code for shape-factory: shapes registered by the tests, and a look at
the message of the error for an unknown kind."""

import re

_search = re.search
_escape = re.escape


def register_triangle(name="triangle"):
    """Define a Triangle(a, b, c) shape and decorate it with register_shape(name).
    Returns whether the decorator gave back the class itself."""

    class Triangle(Shape):
        def __init__(self, a, b, c):
            self.sides = (a, b, c)

        def area(self):
            a, b, c = self.sides
            s = (a + b + c) / 2
            return (s * (s - a) * (s - b) * (s - c)) ** 0.5

        def perimeter(self):
            return sum(self.sides)

    return register_shape(name)(Triangle) is Triangle


def register_ellipse():
    """Define an Ellipse(a, b) shape and register it as 'ellipse'. Returns whether the
    decorator gave back the class itself."""

    class Ellipse(Shape):
        def __init__(self, a, b):
            self.a, self.b = a, b

        def area(self):
            return 3.141592653589793 * self.a * self.b

        def perimeter(self):  # Ramanujan's approximation
            a, b = self.a, self.b
            return 3.141592653589793 * (3 * (a + b) - ((3 * a + b) * (a + 3 * b)) ** 0.5)

    return register_shape("ellipse")(Ellipse) is Ellipse


def kinds_in_message(kind, names):
    """create_shape(kind) for a kind that is not registered: the name of the exception
    raised, and which of `names` its message mentions (as whole words), in the order
    of their first mention."""
    try:
        create_shape(kind)
    except NotImplementedError:  # not written yet: reported as such
        raise
    except Exception as error:
        message = str(error)
        found = []
        for name in names:
            match = _search(r"(?<![A-Za-z0-9_])" + _escape(name) + r"(?![A-Za-z0-9_])", message)
            if match is not None:
                found.append((match.start(), name))
        return (type(error).__name__, [name for _, name in sorted(found)])
    return ("no error", [])


def register_label():
    """Define a Label(first, second) shape, whose area() is `first` and perimeter()
    `second`, and register it as 'label'. Returns whether the decorator gave back the
    class itself. (Its two parameters play different parts, so a factory that passes
    them by position instead of by name gets them the wrong way round.)"""

    class Label(Shape):
        def __init__(self, first, second):
            self.first, self.second = first, second

        def area(self):
            return self.first

        def perimeter(self):
            return self.second

    return register_shape("label")(Label) is Label
