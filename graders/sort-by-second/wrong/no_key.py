# expect: wrong_answer
# Forgets the key: sorted(pairs) orders the tuples as wholes, by their first element
# first, instead of by their second element.


def sort_by_second(pairs, reverse=False):
    return sorted(pairs, reverse=reverse)
