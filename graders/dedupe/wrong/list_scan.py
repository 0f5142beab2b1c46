# expect: time_limit_exceeded
# Remembers what it has seen in a list: `marker not in seen` scans the whole list, so
# the function is quadratic and 200,000 items take far too long.


def dedupe(items, key=None):
    seen = []
    kept = []
    for item in items:
        marker = item if key is None else key(item)
        if marker not in seen:
            seen.append(marker)
            kept.append(item)
    return kept
