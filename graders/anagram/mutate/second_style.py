from collections import Counter


def _letters(text):
    return Counter("".join(ch for ch in text if ch.isalnum()).casefold())


def is_anagram(first, second):
    return _letters(first) == _letters(second)
