"""Trusted test code for trie: a large workload summed up in a checksum."""

import zlib


def _words(count, seed):
    """`count` reproducible words of 1 to 8 letters from 'abcde' (with repeats)."""
    state = seed
    words = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 1 + (state >> 8) % 8
        word = ""
        for _ in range(length):
            state = (state * 1103515245 + 12345) % 2147483648
            word += "abcde"[(state >> 16) % 5]
        words.append(word)
    return words


def stress_trie(count):
    """Insert `count` words, ask about every prefix of length 1 to 3, delete every third
    word, ask again. Returns a checksum of all the answers."""
    trie = Trie()
    words = _words(count, 2024)
    for word in words:
        trie.insert(word)
    total = len(trie)
    prefixes = [a + b + c for a in "abcdef" for b in ["", "a", "b", "e", "f"] for c in ["", "c", "d"]]
    answers = []
    for prefix in prefixes:
        answers.append("%s:%s:%s" % (prefix, trie.starts_with(prefix), trie.search(prefix)))
        answers.append(",".join(trie.words_with_prefix(prefix)))
    removed = 0
    for word in words[::3]:
        removed += trie.delete(word) is True
    total = total * 1000003 + removed * 101 + len(trie)
    for prefix in prefixes:
        answers.append("%s:%s:%s" % (prefix, trie.starts_with(prefix), trie.search(prefix)))
        answers.append(",".join(trie.words_with_prefix(prefix)))
    answers.append(",".join(trie.words_with_prefix("")))
    return total * 4294967296 + zlib.crc32("\n".join(answers).encode("utf-8"))
