# expect: wrong_answer
# Compares from both ends, casefolding one character at a time: a character that
# casefolds to two ("ß" to "ss") is compared with one character only.
def is_palindrome(text):
    left, right = 0, len(text) - 1
    while left < right:
        if not text[left].isalnum():
            left += 1
        elif not text[right].isalnum():
            right -= 1
        elif text[left].casefold() != text[right].casefold():
            return False
        else:
            left += 1
            right -= 1
    return True
