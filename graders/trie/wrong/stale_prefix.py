# expect: wrong_answer
# delete() only clears the end-of-word flag and leaves the nodes in place, so
# starts_with() still sees the prefixes of a deleted word.


class _Node:
    def __init__(self):
        self.children = {}
        self.is_word = False


class Trie:
    def __init__(self):
        self.root = _Node()
        self.size = 0

    def _find(self, prefix):
        node = self.root
        for char in prefix:
            node = node.children.get(char)
            if node is None:
                return None
        return node

    def insert(self, word):
        node = self.root
        for char in word:
            node = node.children.setdefault(char, _Node())
        if not node.is_word:
            node.is_word = True
            self.size += 1

    def search(self, word):
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix):
        return self._find(prefix) is not None

    def words_with_prefix(self, prefix):
        node = self._find(prefix)
        words = []

        def collect(node, text):
            if node.is_word:
                words.append(text)
            for char, child in node.children.items():
                collect(child, text + char)

        if node is not None:
            collect(node, prefix)
        return sorted(words)

    def delete(self, word):
        node = self._find(word)
        if node is None or not node.is_word:
            return False
        node.is_word = False
        self.size -= 1
        return True

    def __len__(self):
        return self.size
