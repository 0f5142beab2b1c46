# expect: runtime_error
# Walks the input by index, with range(len(items)): fine for a list, but a generator
# has no len() (TypeError).


def dedupe(items, key=None):
    seen = set()
    kept = []
    for index in range(len(items)):
        item = items[index]
        marker = item if key is None else key(item)
        if marker not in seen:
            seen.add(marker)
            kept.append(item)
    return kept
