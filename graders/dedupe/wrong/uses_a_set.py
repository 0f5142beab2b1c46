# expect: wrong_answer
# Without a key, returns list(set(items)): the duplicates are gone, but a set does not
# keep the order of first occurrences.


def dedupe(items, key=None):
    if key is None:
        return list(set(items))
    seen = set()
    kept = []
    for item in items:
        marker = key(item)
        if marker not in seen:
            seen.add(marker)
            kept.append(item)
    return kept
