# expect: time_limit_exceeded
# Removes each character of one string from a list of the other's: every removal scans
# the list, which is quadratic on long strings.


def is_anagram(first, second):
    rest = [ch for ch in "".join(ch for ch in second if ch.isalnum()).casefold()]
    for ch in "".join(ch for ch in first if ch.isalnum()).casefold():
        if ch not in rest:
            return False
        rest.remove(ch)
    return not rest
