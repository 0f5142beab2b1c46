# expect: wrong_answer
# Sorts by (second, first) "to make the order well defined": ties are then ordered by
# their first element instead of keeping their input order.


def sort_by_second(pairs, reverse=False):
    return sorted(pairs, key=lambda pair: (pair[1], pair[0]), reverse=reverse)
