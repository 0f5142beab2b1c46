# expect: runtime_error
# Two pointers that skip punctuation without checking the bounds: a text with no
# letters or digits runs an index off the end of the string.


def is_palindrome(text):
    i, j = 0, len(text) - 1
    while i < j:
        while not text[i].isalnum():
            i += 1
        while not text[j].isalnum():
            j -= 1
        if text[i].casefold() != text[j].casefold():
            return False
        i += 1
        j -= 1
    return True
