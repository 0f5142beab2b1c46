"""Palindrome: does a text read the same forwards and backwards?"""


def is_palindrome(text: str) -> bool:
    """Return True when the alphanumeric characters of `text`, casefolded, read the
    same forwards and backwards (a text without any is a palindrome)."""
    kept = "".join(filter(str.isalnum, text)).casefold()
    return kept == kept[::-1]
