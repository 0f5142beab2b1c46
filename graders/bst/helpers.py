"""Trusted test code for bst: long random workloads summed up in a few facts."""

import random
import zlib

_MOD = 1000000007


def _checksum(keys):
    """Fold a sequence of ints into one number (order matters)."""
    total = 0
    for key in keys:
        total = (total * 31 + key) % _MOD
    return total


def _crc(words):
    return zlib.crc32(" ".join(words).encode("utf-8"))


def random_workload(seed, count, span):
    """Insert `count` random ints from range(span) (with repeats), delete half of
    range(span) in random order, then delete the rest. Returns, in order:
    (len, height, checksum of inorder, min, max) after the inserts; how many deletes
    returned True; len, a checksum of the keys `in` the tree, a checksum of inorder,
    whether inorder is sorted, min and max after them; and len and height at the end."""
    rng = random.Random(seed)
    tree = BST()
    for _ in range(count):
        tree.insert(rng.randrange(span))
    after_inserts = (len(tree), tree.height(), _checksum(tree.inorder()), tree.min(), tree.max())
    order = list(range(span))
    rng.shuffle(order)
    removed = sum(1 for key in order[: span // 2] if tree.delete(key) is True)
    present = _checksum(key for key in range(span) if (key in tree) is True)
    keys = tree.inorder()
    after_deletes = (len(tree), present, _checksum(keys), keys == sorted(keys), tree.min(), tree.max())
    for key in order[span // 2:]:
        tree.delete(key)
    return after_inserts, removed, after_deletes, (len(tree), tree.height())


def random_words(seed, count):
    """Insert `count` random words over a small alphabet (accents included, with
    repeats), delete every third of them. Returns len, height and a CRC of the
    inorder (as one joined string) before the deletes, then len and that CRC after."""
    rng = random.Random(seed)
    letters = "abcéz"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(count)]
    tree = BST()
    for word in words:
        tree.insert(word)
    before = (len(tree), tree.height(), _crc(tree.inorder()))
    for word in words[::3]:
        tree.delete(word)
    return before, (len(tree), _crc(tree.inorder()))
