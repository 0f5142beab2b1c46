# expect: wrong_answer
# A hand-written selection sort that swaps the smallest remaining tuple into place:
# the order by second element is right, but a swap can jump a tuple over its equal
# neighbours, so the sort is not stable.


def sort_by_second(pairs, reverse=False):
    result = list(pairs)
    for start in range(len(result)):
        best = start
        for index in range(start + 1, len(result)):
            if reverse:
                better = result[index][1] > result[best][1]
            else:
                better = result[index][1] < result[best][1]
            if better:
                best = index
        result[start], result[best] = result[best], result[start]
    return result
