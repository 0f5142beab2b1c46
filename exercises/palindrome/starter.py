"""Palindrome: does a text read the same forwards and backwards?"""


def is_palindrome(text: str) -> bool:
    """Return True when the alphanumeric characters of `text`, casefolded, read the
    same forwards and backwards (a text without any is a palindrome)."""
    raise NotImplementedError("write is_palindrome")
