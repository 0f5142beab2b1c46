# expect: runtime_error
# Gets descending order by negating the key: stable, and right for numbers, but a
# string cannot be negated (TypeError: bad operand type for unary -).


def sort_by_second(pairs, reverse=False):
    if reverse:
        return sorted(pairs, key=lambda pair: -pair[1])
    return sorted(pairs, key=lambda pair: pair[1])
