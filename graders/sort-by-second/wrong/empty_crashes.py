# expect: runtime_error
# A hand-written insertion sort seeded with the first tuple: stable in both
# directions, but an empty list raises IndexError.


def sort_by_second(pairs, reverse=False):
    result = [pairs[0]]
    for pair in pairs[1:]:
        position = len(result)
        # insert after every tuple that must not come after this one
        while position > 0 and (
            result[position - 1][1] < pair[1] if reverse else result[position - 1][1] > pair[1]
        ):
            position -= 1
        result.insert(position, pair)
    return result
