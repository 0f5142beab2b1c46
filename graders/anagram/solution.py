"""Anagram: are two strings rearrangements of each other?"""

from collections import Counter


def _letters(text: str) -> Counter:
    """How often each alphanumeric character occurs in `text`, ignoring case."""
    return Counter("".join(filter(str.isalnum, text)).casefold())


def is_anagram(first: str, second: str) -> bool:
    """Return True when the alphanumeric characters of `first` and `second`,
    casefolded, are a rearrangement of each other (counts included)."""
    return _letters(first) == _letters(second)
