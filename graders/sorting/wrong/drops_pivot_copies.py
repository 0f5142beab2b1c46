# expect: wrong_answer
# Quicksort that keeps the items strictly below and strictly above the pivot, plus the
# pivot once: the other copies of the pivot's value are lost.
import random


def quicksort(items):
    items = list(items)
    if len(items) <= 1:
        return items
    pivot = random.choice(items)
    smaller = [item for item in items if item < pivot]
    larger = [item for item in items if pivot < item]
    return quicksort(smaller) + [pivot] + quicksort(larger)


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
