# expect: constraint
# Sorts the two lists together: right, and even linear (Timsort merges two sorted runs),
# but not a merge; the constraint refuses it.
def merge_sorted(left, right):
    return sorted(left + right)
