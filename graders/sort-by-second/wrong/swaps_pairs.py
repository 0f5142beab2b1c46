# expect: runtime_error
# Swaps each pair, sorts the swapped pairs as a whole, and swaps back: it assumes
# tuples of exactly two (a longer one raises ValueError on unpacking), and it compares
# the first elements of ties.


def sort_by_second(pairs, reverse=False):
    swapped = sorted(((second, first) for first, second in pairs), reverse=reverse)
    return [(first, second) for second, first in swapped]
