"""Trusted test code for sort-by-second: many ties, checked without a full literal."""

import random
from collections import Counter


def tie_report(seed, size, keys, reverse=False):
    """Sort `size` random tuples (position, key, tag) whose keys take only `keys`
    values, so that most tuples tie with many others. Returns what was measured:
    (length of the result, neighbours out of order by key, neighbours with equal keys
    out of input order, tuples missing from or added to the result, whether the input
    list is unchanged)."""
    rng = random.Random(seed)
    pairs = [(position, rng.randrange(keys), "t%d" % rng.randrange(5)) for position in range(size)]
    before = list(pairs)
    result = sort_by_second(pairs, reverse=reverse)
    result = list(result)
    out_of_order = 0
    broken_ties = 0
    for first, second in zip(result, result[1:]):
        if (second[1] > first[1]) if reverse else (second[1] < first[1]):
            out_of_order += 1
        elif second[1] == first[1] and second[0] < first[0]:
            broken_ties += 1
    expected_items = Counter(before)
    got_items = Counter(item for item in result if type(item) is tuple)
    differences = sum(((expected_items - got_items) + (got_items - expected_items)).values())
    differences += sum(1 for item in result if type(item) is not tuple)
    return (len(result), out_of_order, broken_ties, differences, pairs == before)
