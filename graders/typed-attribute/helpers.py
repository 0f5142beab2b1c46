"""Trusted test code for typed-attribute: what a failed assignment says."""


def names_in_error(obj, attribute, value, names):
    """Assign `value` to `obj.<attribute>`, expecting a TypeError. Returns which of
    `names` its message contains, in the order given; or a note when no TypeError
    was raised (any other exception propagates)."""
    try:
        setattr(obj, attribute, value)
    except TypeError as error:
        message = str(error)
        return [name for name in names if name in message]
    return "no TypeError was raised"


def make_item_class():
    """A class that assigns its Typed attributes in __init__."""

    class Item:
        name = Typed(str)
        price = Typed(float, default=0.0)

        def __init__(self, name, price=None):
            self.name = name
            if price is not None:
                self.price = price

    return Item
