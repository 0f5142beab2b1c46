# expect: wrong_answer
# Computes all the keys in a first pass and pairs them with the items in a second: a
# generator is exhausted after the first pass, so the result comes out empty.


def dedupe(items, key=None):
    if key is None:
        key = _identity
    keys = [key(item) for item in items]
    seen = set()
    kept = []
    for item, marker in zip(items, keys):
        if marker not in seen:
            seen.add(marker)
            kept.append(item)
    return kept


def _identity(item):
    return item
