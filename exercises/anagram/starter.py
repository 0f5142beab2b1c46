"""Anagram: are two strings rearrangements of each other?"""


def is_anagram(first: str, second: str) -> bool:
    """Return True when the alphanumeric characters of `first` and `second`,
    casefolded, are a rearrangement of each other (counts included)."""
    raise NotImplementedError("write is_anagram")
