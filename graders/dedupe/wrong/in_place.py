# expect: wrong_answer
# "Saves memory" on lists by compacting the caller's list in place and returning it:
# the result is right, but the input is modified and the result is not a new list.


def dedupe(items, key=None):
    if not isinstance(items, list):
        items = list(items)
    seen = set()
    write = 0
    for item in items:
        marker = item if key is None else key(item)
        if marker not in seen:
            seen.add(marker)
            items[write] = item
            write += 1
    del items[write:]
    return items
