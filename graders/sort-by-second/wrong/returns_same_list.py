# expect: wrong_answer
# Takes a shortcut for lists of zero or one tuple and returns the input itself: the
# caller's list and the "new" result are then the same object.
from operator import itemgetter


def sort_by_second(pairs, reverse=False):
    if len(pairs) < 2:
        return pairs
    return sorted(pairs, key=itemgetter(1), reverse=reverse)
