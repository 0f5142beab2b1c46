# expect: wrong_answer
# Strips non-word characters with the regex \W, which keeps underscores ("_" is a word character).
import re


def is_palindrome(text):
    kept = re.sub(r"\W", "", text).casefold()
    return kept == kept[::-1]
