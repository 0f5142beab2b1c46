# expect: wrong_answer
# Picks the marker with `key and key(item) or item`: when key(item) is falsy (0, '',
# None) the item itself is used instead, so items with a falsy key are never
# recognised as duplicates.


def dedupe(items, key=None):
    seen = set()
    kept = []
    for item in items:
        marker = key and key(item) or item
        if marker not in seen:
            seen.add(marker)
            kept.append(item)
    return kept
