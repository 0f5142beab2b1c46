# expect: wrong_answer
# Sorts the caller's list in place (a Lomuto quicksort with a random pivot, and a merge
# sort that writes back into it) and returns it: the order is right, but the input is
# modified and the result is not a new list.
import random


def quicksort(items):
    stack = [(0, len(items) - 1)]
    while stack:
        low, high = stack.pop()
        if low >= high:
            continue
        chosen = random.randint(low, high)
        items[low], items[chosen] = items[chosen], items[low]
        pivot = items[low]
        lt, gt, index = low, high, low + 1
        # three-way partition: [low, lt) < pivot, [lt, index) == pivot, (gt, high] > pivot
        while index <= gt:
            if items[index] < pivot:
                items[lt], items[index] = items[index], items[lt]
                lt += 1
                index += 1
            elif pivot < items[index]:
                items[index], items[gt] = items[gt], items[index]
                gt -= 1
            else:
                index += 1
        stack.append((low, lt - 1))
        stack.append((gt + 1, high))
    return items


def merge_sort(items, key=None):
    if key is None:
        key = _same
    if len(items) <= 1:
        return items
    middle = len(items) // 2
    left = merge_sort(items[:middle], key)
    right = merge_sort(items[middle:], key)
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            items[i + j] = right[j]
            j += 1
        else:
            items[i + j] = left[i]
            i += 1
    items[i + j:] = left[i:] + right[j:]
    return items


def _same(item):
    return item
