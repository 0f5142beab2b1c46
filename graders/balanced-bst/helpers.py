"""Trusted test code for balanced-bst: balance checked through height() and len()."""

import random
from math import log2

_MOD = 1000000007

# _FEWEST[h]: the fewest keys an AVL tree of height h can hold (1, 2, 4, 7, 12, ...).
_FEWEST = [1, 2]
while len(_FEWEST) < 100:
    _FEWEST.append(_FEWEST[-1] + _FEWEST[-2] + 1)


def _avl_height_possible(size, height):
    """Whether some AVL tree of `size` keys has this height (edges; -1 when empty).
    Such a height also meets height <= 1.45 * log2(size + 2)."""
    if type(size) is not int or type(height) is not int:
        return False
    if size == 0:
        return height == -1
    if not 0 <= height < len(_FEWEST):
        return False
    return _FEWEST[height] <= size <= 2 ** (height + 1) - 1 and height <= 1.45 * log2(size + 2)


def _check(tree, problems):
    """Record (len, height) when no AVL tree of that size has that height."""
    size, height = len(tree), tree.height()
    if not _avl_height_possible(size, height):
        problems.append((size, height))


def _checksum(keys):
    total = 0
    for key in keys:
        total = (total * 31 + key) % _MOD
    return total


def balance_problems(keys, deletes=()):
    """Insert `keys` then delete `deletes`, one by one; after every step, check that
    the height is one an AVL tree of that size can have. Returns the (len, height)
    pairs that are not, the final len and a checksum of the final inorder."""
    tree = BalancedBST()
    problems = []
    for key in keys:
        tree.insert(key)
        _check(tree, problems)
    for key in deletes:
        tree.delete(key)
        _check(tree, problems)
    return problems, len(tree), _checksum(tree.inorder())


def sorted_then_half(n, every=12500):
    """Insert 0 .. n-1 in sorted order, then delete the even keys in increasing order,
    checking the balance every `every` steps and at the end. Returns len, the balance
    problems found, a checksum of inorder, min, max, and two membership answers."""
    tree = BalancedBST()
    problems = []
    for key in range(n):
        tree.insert(key)
        if key % every == every - 1:
            _check(tree, problems)
    _check(tree, problems)
    for key in range(0, n, 2):
        tree.delete(key)
        if key % every == 0:
            _check(tree, problems)
    _check(tree, problems)
    return (len(tree), problems, _checksum(tree.inorder()), tree.min(), tree.max(),
            (n - 1) in tree, 0 in tree)


def random_balance(seed, ops, span, every=50):
    """`ops` random inserts and deletes of keys from range(span), the balance checked
    every `every` steps. Returns len, the balance problems found, how many deletes
    returned True, a checksum of inorder and a checksum of the keys `in` the tree."""
    rng = random.Random(seed)
    tree = BalancedBST()
    problems = []
    removed = 0
    for step in range(ops):
        key = rng.randrange(span)
        if rng.random() < 0.55:
            tree.insert(key)
        elif tree.delete(key) is True:
            removed += 1
        if step % every == 0:
            _check(tree, problems)
    _check(tree, problems)
    present = _checksum(key for key in range(span) if (key in tree) is True)
    return len(tree), problems, removed, _checksum(tree.inorder()), present


def shrink_balance(seed, n):
    """Insert a shuffle of range(n), then delete the keys in another random order down
    to an empty tree, checking the balance after every delete once fewer than 100
    keys are left (every 100 deletes before). Returns the balance problems found,
    the checksum of inorder halfway down, and len and height at the end."""
    rng = random.Random(seed)
    keys = list(range(n))
    rng.shuffle(keys)
    tree = BalancedBST()
    problems = []
    for key in keys:
        tree.insert(key)
    _check(tree, problems)
    rng.shuffle(keys)
    halfway = None
    for index, key in enumerate(keys):
        tree.delete(key)
        if len(tree) < 100 or index % 100 == 0:
            _check(tree, problems)
        if index == n // 2:
            halfway = _checksum(tree.inorder())
    return problems, halfway, len(tree), tree.height()
