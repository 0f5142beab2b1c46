# expect: runtime_error
# Recurses once per pair of characters: a long text exceeds the recursion limit.


def is_palindrome(text):
    kept = "".join(ch for ch in text if ch.isalnum()).casefold()
    return _check(kept)


def _check(kept):
    if len(kept) < 2:
        return True
    return kept[0] == kept[-1] and _check(kept[1:-1])
