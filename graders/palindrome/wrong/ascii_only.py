# expect: wrong_answer
# Keeps only ASCII letters and digits and uses lower(): accented letters, digits of
# other scripts and the final sigma are mishandled.
import string

ALLOWED = set(string.ascii_lowercase + string.digits)


def is_palindrome(text):
    kept = [ch for ch in text.lower() if ch in ALLOWED]
    return kept == kept[::-1]
