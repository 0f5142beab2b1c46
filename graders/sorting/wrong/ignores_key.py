# expect: wrong_answer
# Accepts key but never uses it: the items are compared themselves, so key=len or
# key=str.lower has no effect (and dicts cannot be compared at all).
import random


def quicksort(items):
    items = list(items)
    if len(items) <= 1:
        return items
    pivot = random.choice(items)
    smaller = [item for item in items if item < pivot]
    equal = [item for item in items if not (item < pivot or pivot < item)]
    larger = [item for item in items if pivot < item]
    return quicksort(smaller) + equal + quicksort(larger)


def merge_sort(items, key=None):
    items = list(items)
    if len(items) <= 1:
        return items
    middle = len(items) // 2
    left = merge_sort(items[:middle])
    right = merge_sort(items[middle:])
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
