# expect: wrong_answer
# Merges into `left` itself, inserting each element of `right` at its place: the result
# is right, but it is the caller's list, changed (and each insert moves the tail).
def merge_sorted(left, right):
    result = left
    position = 0
    for value in right:
        while position < len(result) and result[position] <= value:
            position += 1
        result.insert(position, value)
        position += 1
    return result
