"""Trusted test code for lazy-property: classes whose lazy methods count their runs.

Each function builds its class afresh (the classes use the solution's lazy_property,
so they are made when a step asks for them, not when this file loads)."""


def square_class():
    """class Square with a lazy `area`; Square.runs lists the side of every run."""

    class Square:
        runs = []

        def __init__(self, side):
            self.side = side

        @lazy_property
        def area(self):
            """The area of the square."""
            Square.runs.append(self.side)
            return self.side * self.side

    return Square


def rectangle_class():
    """class Rectangle with lazy `area` and `perimeter`; Rectangle.runs lists
    (method, width) for every run."""

    class Rectangle:
        runs = []

        def __init__(self, width, height):
            self.width = width
            self.height = height

        @lazy_property
        def area(self):
            """Width times height."""
            Rectangle.runs.append(("area", self.width))
            return self.width * self.height

        @lazy_property
        def perimeter(self):
            """Twice the sum of the sides."""
            Rectangle.runs.append(("perimeter", self.width))
            return 2 * (self.width + self.height)

    return Rectangle


def falsy_class():
    """class Probe whose lazy attributes are falsy: nothing (None), zero (0),
    empty (''), no (False), and items (a new empty list each run)."""

    class Probe:
        runs = []

        @lazy_property
        def nothing(self):
            Probe.runs.append("nothing")
            return None

        @lazy_property
        def zero(self):
            Probe.runs.append("zero")
            return 0

        @lazy_property
        def empty(self):
            Probe.runs.append("empty")
            return ""

        @lazy_property
        def no(self):
            Probe.runs.append("no")
            return False

        @lazy_property
        def items(self):
            Probe.runs.append("items")
            return []

    return Probe


def connection_class():
    """class Connection whose lazy `session` raises ConnectionError while
    self.online is False; Connection.runs counts every run, failed ones too."""

    class Connection:
        runs = []

        def __init__(self):
            self.online = False

        @lazy_property
        def session(self):
            """A session, once the connection is online."""
            Connection.runs.append(self.online)
            if not self.online:
                raise ConnectionError("offline")
            return "session %d" % len(Connection.runs)

    return Connection


def child_class():
    """class Cube, a subclass of a Square class, adding a lazy `volume`."""
    Square = square_class()

    class Cube(Square):
        @lazy_property
        def volume(self):
            """The volume of the cube."""
            Square.runs.append(-self.side)
            return self.side ** 3

    return Cube
