# expect: time_limit_exceeded
# An in-place quicksort on a copy, with an explicit stack instead of recursion (so no
# RecursionError), but with the first item as the pivot: an already sorted list makes
# every partition as uneven as it gets, about n**2 / 2 comparisons in all.


def quicksort(items):
    result = list(items)
    stack = [(0, len(result) - 1)]
    while stack:
        low, high = stack.pop()
        if low >= high:
            continue
        pivot = result[low]
        border = low
        for index in range(low + 1, high + 1):
            if result[index] < pivot:
                border += 1
                result[border], result[index] = result[index], result[border]
        result[low], result[border] = result[border], result[low]
        stack.append((low, border - 1))
        stack.append((border + 1, high))
    return result


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
