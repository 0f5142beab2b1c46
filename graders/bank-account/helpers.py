"""Trusted test code for bank-account: amounts compared by value, whatever their form."""

from decimal import Decimal


def money(amount):
    """An amount as plain decimal text: 100, Decimal('100') and Decimal('100.00') all
    read '100', Decimal('0.50') reads '0.5'. Anything that is not an int or a Decimal
    reads as its type and repr ('float 0.5', 'NoneType None'), so it never matches."""
    if type(amount) is int:
        return str(amount)
    if type(amount) is Decimal and amount.is_finite():
        text = format(amount, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return "0" if text in ("", "-0") else text
    return "%s %r" % (type(amount).__name__, amount)


def history_of(account):
    """The account's history with each amount written by money(). An entry that is not
    a (kind, amount) tuple, or a history that is not a list, is described instead."""
    history = account.history
    if type(history) is not list:
        return "history is a %s, not a list" % type(history).__name__
    entries = []
    for entry in history:
        if type(entry) is tuple and len(entry) == 2:
            entries.append((entry[0], money(entry[1])))
        else:
            entries.append("not a (kind, amount) tuple: %r" % (entry,))
    return entries
