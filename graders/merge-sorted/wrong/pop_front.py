# expect: time_limit_exceeded
# Pops from the front of copies of the lists: each pop(0) shifts the whole list, so the
# merge is quadratic.


def merge_sorted(left, right):
    left, right = list(left), list(right)
    merged = []
    while left and right:
        if right[0] < left[0]:
            merged.append(right.pop(0))
        else:
            merged.append(left.pop(0))
    return merged + left + right
