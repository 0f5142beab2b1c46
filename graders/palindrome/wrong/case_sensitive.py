# expect: wrong_answer
# Skips punctuation correctly but never casefolds, so "Racecar" is not a palindrome.


def is_palindrome(text):
    kept = "".join(ch for ch in text if ch.isalnum())
    return kept == kept[::-1]
