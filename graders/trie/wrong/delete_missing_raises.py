# expect: runtime_error
# delete() walks down with children[char] without checking that the child exists: a
# word that was never stored raises KeyError instead of returning False.


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
        node = self._find(prefix)
        return node is not None and (node.is_word or bool(node.children))

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
        path = [self.root]
        for char in word:
            path.append(path[-1].children[char])
        if not path[-1].is_word:
            return False
        path[-1].is_word = False
        self.size -= 1
        for depth in range(len(word), 0, -1):
            if path[depth].is_word or path[depth].children:
                break
            del path[depth - 1].children[word[depth - 1]]
        return True

    def __len__(self):
        return self.size
