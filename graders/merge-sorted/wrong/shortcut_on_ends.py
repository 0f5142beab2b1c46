# expect: runtime_error
# Takes a shortcut when the lists do not overlap, by looking at their ends without
# checking that they have any: an empty list raises IndexError.


def merge_sorted(left, right):
    if left[-1] <= right[0]:
        return left + right
    if right[-1] < left[0]:
        return right + left
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    return merged + left[i:] + right[j:]
