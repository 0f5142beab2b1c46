"""A trie (prefix tree) of words."""

from typing import Dict, List, Optional


class _Node:
    __slots__ = ("children", "is_word")

    def __init__(self):
        self.children: Dict[str, "_Node"] = {}
        self.is_word = False


class Trie:
    """A set of words that answers prefix questions."""

    def __init__(self):
        """Create an empty trie."""
        self._root = _Node()
        self._size = 0

    def _find(self, prefix: str) -> Optional[_Node]:
        """The node reached by following prefix from the root, or None."""
        node = self._root
        for char in prefix:
            node = node.children.get(char)
            if node is None:
                return None
        return node

    def insert(self, word: str) -> None:
        """Store word (storing it again changes nothing)."""
        node = self._root
        for char in word:
            node = node.children.setdefault(char, _Node())
        if not node.is_word:
            node.is_word = True
            self._size += 1

    def search(self, word: str) -> bool:
        """Whether exactly word is stored."""
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix: str) -> bool:
        """Whether some stored word starts with prefix."""
        # Nodes that lead to no word are pruned by delete(), so any node reached
        # (other than a bare root) has a word at or below it.
        node = self._find(prefix)
        return node is not None and (node.is_word or bool(node.children))

    def words_with_prefix(self, prefix: str) -> List[str]:
        """The stored words that start with prefix, sorted ascending."""
        start = self._find(prefix)
        if start is None:
            return []
        words = []
        stack = [(start, prefix)]
        while stack:
            node, text = stack.pop()
            if node.is_word:
                words.append(text)
            for char, child in node.children.items():
                stack.append((child, text + char))
        words.sort()
        return words

    def delete(self, word: str) -> bool:
        """Remove word if stored; return whether it was."""
        path = [self._root]
        for char in word:
            node = path[-1].children.get(char)
            if node is None:
                return False
            path.append(node)
        if not path[-1].is_word:
            return False
        path[-1].is_word = False
        self._size -= 1
        # Walk back up, removing the nodes that no longer lead to any word.
        for depth in range(len(word), 0, -1):
            node = path[depth]
            if node.is_word or node.children:
                break
            del path[depth - 1].children[word[depth - 1]]
        return True

    def __len__(self) -> int:
        """The number of distinct stored words."""
        return self._size
