# expect: wrong_answer
# Compares strings case-insensitively (casefold) "to sort them properly": the second
# elements must be compared as they are, so "Zebra" comes before "apple".
from operator import itemgetter


def _key(pair):
    value = pair[1]
    return value.casefold() if isinstance(value, str) else value


def sort_by_second(pairs, reverse=False):
    return sorted(pairs, key=_key, reverse=reverse)
