# expect: wrong_answer
# Builds a dict from key to item: the keys keep the order of first occurrences, but each
# later duplicate overwrites the value, so the last item of each group is kept, not the
# first.


def dedupe(items, key=None):
    by_key = {}
    for item in items:
        by_key[item if key is None else key(item)] = item
    return list(by_key.values())
