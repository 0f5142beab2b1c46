# expect: wrong_answer
# Decorates each item as a (key, item) tuple and merges the tuples: on equal keys the
# tuples compare their items next, so ties are ordered by the items instead of their
# input order (and items that cannot be compared raise TypeError).
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
    decorated = [(key(item), item) for item in items]
    return [item for _, item in _merge_sort(decorated)]


def _merge_sort(pairs):
    if len(pairs) <= 1:
        return pairs
    middle = len(pairs) // 2
    left, right = _merge_sort(pairs[:middle]), _merge_sort(pairs[middle:])
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


def _same(item):
    return item
