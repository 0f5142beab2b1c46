# expect: wrong_answer
# Sorts the caller's list in place with list.sort and returns it: the order is right,
# but the input is modified and the result is not a new list.
from operator import itemgetter


def sort_by_second(pairs, reverse=False):
    pairs.sort(key=itemgetter(1), reverse=reverse)
    return pairs
