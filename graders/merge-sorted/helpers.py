"""Trusted test code for merge-sorted: large inputs checked without sending them back."""


def _blocks(values, repeat):
    """[v, v, ..., w, w, ...]: each value `repeat` times, in order."""
    out = []
    for value in values:
        out += [value] * repeat
    return out


def merge_check(size, overlap, repeat=100):
    """Merge `left` (even numbers, each `repeat` times: `size` elements) with `right`
    (odd numbers, each `repeat` times: `overlap` elements). The lists interleave at
    first, then `left` has a long tail. True when the result is right and is a new
    list of ints (not of objects that claim to equal anything), and both inputs still
    have their length and ends (the small cases check them in full)."""
    evens, odds = size // repeat, overlap // repeat
    left = _blocks(range(0, 2 * evens, 2), repeat)
    right = _blocks(range(1, 2 * odds, 2), repeat)
    expected = _blocks(range(2 * odds), repeat) + _blocks(range(2 * odds, 2 * evens, 2), repeat)
    result = merge_sorted(left, right)
    return (
        type(result) is list
        and result is not left
        and result is not right
        and all(type(value) is int for value in result)
        and result == expected
        and (len(left), left[0], left[-1]) == (size, 0, 2 * evens - 2)
        and (len(right), right[0], right[-1]) == (overlap, 1, 2 * odds - 1)
    )
