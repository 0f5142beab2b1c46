"""A binary search tree of comparable keys (no balancing)."""


class _Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def _insert(node, key):
    """Insert key below node; return the subtree's root and whether key was new."""
    if node is None:
        return _Node(key), True
    if key < node.key:
        node.left, added = _insert(node.left, key)
    elif node.key < key:
        node.right, added = _insert(node.right, key)
    else:
        added = False
    return node, added


def _delete(node, key):
    """Delete key below node; return the subtree's new root and whether key was there."""
    if node is None:
        return None, False
    if key < node.key:
        node.left, found = _delete(node.left, key)
        return node, found
    if node.key < key:
        node.right, found = _delete(node.right, key)
        return node, found
    if node.left is None:
        return node.right, True
    if node.right is None:
        return node.left, True
    successor = node.right
    while successor.left is not None:
        successor = successor.left
    node.key = successor.key
    node.right, _ = _delete(node.right, successor.key)
    return node, True


def _height(node):
    if node is None:
        return -1
    return 1 + max(_height(node.left), _height(node.right))


def _inorder(node, out):
    if node is not None:
        _inorder(node.left, out)
        out.append(node.key)
        _inorder(node.right, out)


class BST:
    """Keys in nodes: smaller keys to the left, larger keys to the right."""

    def __init__(self):
        """Create an empty tree."""
        self._root = None
        self._size = 0

    def insert(self, key) -> None:
        """Add key as a new leaf; a key already there changes nothing."""
        self._root, added = _insert(self._root, key)
        self._size += added

    def __contains__(self, key) -> bool:
        """Whether key is in the tree."""
        node = self._root
        while node is not None:
            if key < node.key:
                node = node.left
            elif node.key < key:
                node = node.right
            else:
                return True
        return False

    def delete(self, key) -> bool:
        """Remove key; return whether it was there."""
        self._root, found = _delete(self._root, key)
        self._size -= found
        return found

    def _end(self, side, name):
        if self._root is None:
            raise ValueError("%s() of an empty tree" % name)
        node = self._root
        while getattr(node, side) is not None:
            node = getattr(node, side)
        return node.key

    def min(self):
        """The smallest key; ValueError when the tree is empty."""
        return self._end("left", "min")

    def max(self):
        """The largest key; ValueError when the tree is empty."""
        return self._end("right", "max")

    def inorder(self) -> list:
        """The keys in ascending order, as a new list."""
        keys = []
        _inorder(self._root, keys)
        return keys

    def height(self) -> int:
        """Edges on the longest root-to-leaf path: -1 when empty, 0 for one key."""
        return _height(self._root)

    def __len__(self) -> int:
        """The number of keys."""
        return self._size
