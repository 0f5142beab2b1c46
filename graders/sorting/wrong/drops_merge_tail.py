# expect: wrong_answer
# After the merge loop, copies what is left of the left half only: when the right half
# is the one with items left over, they are lost.
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
    if key is None:
        key = _same
    items = list(items)
    if len(items) <= 1:
        return items
    middle = len(items) // 2
    left = merge_sort(items[:middle], key)
    right = merge_sort(items[middle:], key)
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    return merged + left[i:]


def _same(item):
    return item
