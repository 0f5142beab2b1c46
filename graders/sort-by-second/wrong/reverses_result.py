# expect: wrong_answer
# Sorts ascending and reverses the result for reverse=True: the order is descending,
# but every group of ties comes out backwards.
from operator import itemgetter


def sort_by_second(pairs, reverse=False):
    result = sorted(pairs, key=itemgetter(1))
    if reverse:
        result = result[::-1]
    return result
