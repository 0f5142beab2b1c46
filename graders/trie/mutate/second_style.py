class Trie:
    def __init__(self):
        self.root = {}
        self.size = 0

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if "$" not in node:
            node["$"] = True
            self.size += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def search(self, word):
        node = self._find(word)
        return node is not None and "$" in node

    def starts_with(self, prefix):
        node = self._find(prefix)
        return node is not None and bool(node)

    def words_with_prefix(self, prefix):
        node = self._find(prefix)
        found = []
        if node is None:
            return found
        stack = [(node, prefix)]
        while stack:
            current, text = stack.pop()
            for key, child in current.items():
                if key == "$":
                    found.append(text)
                else:
                    stack.append((child, text + key))
        found.sort()
        return found

    def delete(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].get(ch)
            if nxt is None:
                return False
            path.append(nxt)
        if "$" not in path[-1]:
            return False
        del path[-1]["$"]
        self.size -= 1
        for i in range(len(word), 0, -1):
            if path[i]:
                break
            del path[i - 1][word[i - 1]]
        return True

    def __len__(self):
        return self.size
