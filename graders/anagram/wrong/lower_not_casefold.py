# expect: wrong_answer
# Uses lower() instead of casefold(): "ß" is not matched with "ss", nor "ς" with "σ".
from collections import Counter


def is_anagram(first, second):
    def letters(text):
        return Counter(ch for ch in text.lower() if ch.isalnum())

    return letters(first) == letters(second)
