# expect: runtime_error
# Quicksort with a random pivot but a two-way split: the items equal to the pivot go to
# the upper side with the larger ones. On a list of equal items each call only removes
# the pivot itself, so the recursion goes one level per item (RecursionError).
import random


def quicksort(items):
    items = list(items)
    if len(items) <= 1:
        return items
    index = random.randrange(len(items))
    pivot = items[index]
    rest = items[:index] + items[index + 1:]
    smaller = [item for item in rest if item < pivot]
    others = [item for item in rest if not item < pivot]
    return quicksort(smaller) + [pivot] + quicksort(others)


def merge_sort(items, key=None):
    if key is None:
        keyed = [(item, item) for item in items]
    else:
        keyed = [(key(item), item) for item in items]
    return [item for _, item in _sort_keyed(keyed)]


def _sort_keyed(keyed):
    if len(keyed) <= 1:
        return keyed
    middle = len(keyed) // 2
    left, right = _sort_keyed(keyed[:middle]), _sort_keyed(keyed[middle:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j][0] < left[i][0]:
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    return merged + left[i:] + right[j:]
