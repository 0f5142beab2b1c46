# expect: wrong_answer
# Misreads "unique" as "occurs once": keeps only the items that are never repeated,
# dropping every item that has a duplicate, first occurrence included.
from collections import Counter


def dedupe(items, key=None):
    items = list(items)
    markers = [item if key is None else key(item) for item in items]
    counts = Counter(markers)
    return [item for item, marker in zip(items, markers) if counts[marker] == 1]
