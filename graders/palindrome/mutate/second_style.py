def is_palindrome(text):
    # casefold the whole text first: one character may casefold to two ("ß" -> "ss")
    folded = [c for c in text.casefold() if c.isalnum()]
    left, right = 0, len(folded) - 1
    while left < right:
        if folded[left] != folded[right]:
            return False
        left += 1
        right -= 1
    return True
