# expect: runtime_error
# Groups the tuples in a dict keyed by their second element, then walks the sorted
# keys: stable in both directions, but it needs hashable second elements, and a list
# raises TypeError: unhashable type.


def sort_by_second(pairs, reverse=False):
    groups = {}
    for pair in pairs:
        groups.setdefault(pair[1], []).append(pair)
    result = []
    for key in sorted(groups, reverse=reverse):
        result.extend(groups[key])
    return result
