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
    first, then `left` has a long tail. Returns what it saw, for tests.toml to compare:
    the result's type, length and a checksum of its values in order (None unless every
    value is an int, not an object that claims to equal anything), whether it is a new
    list, and the length and ends of both inputs afterwards (the small cases check them
    in full). No expected answer is ever computed here."""
    evens, odds = size // repeat, overlap // repeat
    left = _blocks(range(0, 2 * evens, 2), repeat)
    right = _blocks(range(1, 2 * odds, 2), repeat)
    result = merge_sorted(left, right)
    checksum = None
    if type(result) is list and all(type(value) is int for value in result):
        checksum = sum((index + 1) * value for index, value in enumerate(result)) % 1000000007
    return (
        type(result).__name__,
        len(result) if type(result) is list else None,
        checksum,
        result is not left and result is not right,
        (len(left), left[0], left[-1]),
        (len(right), right[0], right[-1]),
    )
