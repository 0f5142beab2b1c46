"""A trie (prefix tree) of words."""

from typing import List


class Trie:
    """A set of words that answers prefix questions."""

    def __init__(self):
        """Create an empty trie."""

    def insert(self, word: str) -> None:
        """Store word (storing it again changes nothing)."""
        raise NotImplementedError("write Trie.insert")

    def search(self, word: str) -> bool:
        """Whether exactly word is stored."""
        raise NotImplementedError("write Trie.search")

    def starts_with(self, prefix: str) -> bool:
        """Whether some stored word starts with prefix."""
        raise NotImplementedError("write Trie.starts_with")

    def words_with_prefix(self, prefix: str) -> List[str]:
        """The stored words that start with prefix, sorted ascending."""
        raise NotImplementedError("write Trie.words_with_prefix")

    def delete(self, word: str) -> bool:
        """Remove word if stored; return whether it was."""
        raise NotImplementedError("write Trie.delete")

    def __len__(self) -> int:
        """The number of distinct stored words."""
        raise NotImplementedError("write Trie.__len__")
