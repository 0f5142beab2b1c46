# expect: runtime_error
# Quicksort that splits around the mean of the items (sum / len) instead of one of the
# items: fine for numbers, but strings and tuples cannot be added up or divided
# (TypeError).


def quicksort(items):
    items = list(items)
    if len(items) <= 1:
        return items
    pivot = sum(items) / len(items)
    smaller = [item for item in items if item < pivot]
    equal = [item for item in items if item == pivot]
    larger = [item for item in items if item > pivot]
    if not smaller and not larger:
        return equal
    return quicksort(smaller) + equal + quicksort(larger)


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
