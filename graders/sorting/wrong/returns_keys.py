# expect: wrong_answer
# Sorts the keys instead of the items: right without a key, but with one the result
# holds the keys (lengths, lowercased words) rather than the items.
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
    values = list(items) if key is None else [key(item) for item in items]
    return _merge_sort(values)


def _merge_sort(values):
    if len(values) <= 1:
        return values
    middle = len(values) // 2
    left, right = _merge_sort(values[:middle]), _merge_sort(values[middle:])
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
