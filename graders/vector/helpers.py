"""Trusted test code for vector: operands Vector does not know, and attempts to change
a vector."""


class Stranger:
    """An operand Vector knows nothing about. It answers the reflected operators
    itself, which Python only asks it to do when Vector's own method returned
    NotImplemented."""

    def __radd__(self, other):
        return "Stranger.__radd__"

    def __rsub__(self, other):
        return "Stranger.__rsub__"

    def __rmul__(self, other):
        return "Stranger.__rmul__"

    def __mul__(self, other):
        return "Stranger.__mul__"

    def __rmatmul__(self, other):
        return "Stranger.__rmatmul__"


class Mute:
    """An operand that answers no operator at all."""


def attempt(change):
    """Call change(): 'refused' when it raised AttributeError or TypeError, 'allowed'
    when it raised nothing, else the name of what it raised."""
    try:
        change()
    except (AttributeError, TypeError):
        return "refused"
    except BaseException as error:
        return type(error).__name__
    return "allowed"


def public_slots_assignable(vector):
    """The public names in the __slots__ of the vector's classes (names not starting
    with '_') that could be assigned: a component kept under a public name must not
    be replaceable."""
    names = []
    for klass in type(vector).__mro__:
        slots = vars(klass).get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        names += [name for name in slots if not name.startswith("_")]
    return sorted(set(
        name for name in names
        if attempt(lambda name=name: setattr(vector, name, (9, 9))) != "refused"
    ))
