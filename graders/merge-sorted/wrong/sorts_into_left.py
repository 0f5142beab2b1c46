# expect: wrong_answer
# Extends `left` with `right` and sorts it in place: the values are right, but the
# caller's list is modified and returned instead of a new one.


def merge_sorted(left, right):
    left.extend(right)
    left.sort()
    return left
