# expect: wrong_answer
# Compares each item only with the one just before it (as itertools.groupby does): runs
# of equal neighbours collapse, but a duplicate further away is kept.


def dedupe(items, key=None):
    kept = []
    previous = object()  # equal to no item
    for item in items:
        marker = item if key is None else key(item)
        if marker != previous:
            kept.append(item)
        previous = marker
    return kept
