# expect: runtime_error
# Uses dict.fromkeys on the items and applies the key only to filter afterwards: the
# items themselves must then be hashable, and a list item raises TypeError.


def dedupe(items, key=None):
    unique = list(dict.fromkeys(items))
    if key is None:
        return unique
    seen = set()
    kept = []
    for item in unique:
        marker = key(item)
        if marker not in seen:
            seen.add(marker)
            kept.append(item)
    return kept
