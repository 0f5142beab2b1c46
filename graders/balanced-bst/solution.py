"""An AVL tree: a binary search tree that stays balanced through inserts and deletes."""


class _Node:
    __slots__ = ("key", "left", "right", "height")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
        self.height = 0


def _height(node):
    return -1 if node is None else node.height


def _update(node):
    left = -1 if node.left is None else node.left.height
    right = -1 if node.right is None else node.right.height
    node.height = 1 + (left if left > right else right)


def _rotate_right(node):
    pivot = node.left
    node.left = pivot.right
    pivot.right = node
    _update(node)
    _update(pivot)
    return pivot


def _rotate_left(node):
    pivot = node.right
    node.right = pivot.left
    pivot.left = node
    _update(node)
    _update(pivot)
    return pivot


def _rebalance(node):
    """Restore the AVL rule at node, whose subtrees are AVL trees; return the new root."""
    left, right = _height(node.left), _height(node.right)
    node.height = 1 + (left if left > right else right)
    balance = left - right
    if balance > 1:
        if _height(node.left.left) < _height(node.left.right):
            node.left = _rotate_left(node.left)
        return _rotate_right(node)
    if balance < -1:
        if _height(node.right.right) < _height(node.right.left):
            node.right = _rotate_right(node.right)
        return _rotate_left(node)
    return node


class BalancedBST:
    """A binary search tree kept balanced by AVL rotations.

    Inserts and deletes walk down iteratively, remembering the path, then walk back up
    it rebalancing each node; they stop as soon as a subtree's height is unchanged,
    since nothing above it can have changed either."""

    def __init__(self):
        """Create an empty tree."""
        self._root = None
        self._size = 0

    def _search(self, key):
        """The path of nodes from the root to key (inclusive) or to where key would hang."""
        path = []
        node = self._root
        while node is not None:
            path.append(node)
            if key < node.key:
                node = node.left
            elif node.key < key:
                node = node.right
            else:
                break
        return path

    def _retrace(self, path):
        """Rebalance the nodes of path from the deepest up, relinking each new subtree root."""
        for index in range(len(path) - 1, -1, -1):
            node = path[index]
            old_height = node.height
            subtree = _rebalance(node)
            if index == 0:
                self._root = subtree
            elif path[index - 1].left is node:
                path[index - 1].left = subtree
            else:
                path[index - 1].right = subtree
            if subtree is node and node.height == old_height:
                break

    def insert(self, key) -> None:
        """Add key, rebalancing on the way up; a key already there changes nothing."""
        path = self._search(key)
        if not path:
            self._root = _Node(key)
        else:
            parent = path[-1]
            if not (key < parent.key or parent.key < key):
                return  # already there
            if key < parent.key:
                parent.left = _Node(key)
            else:
                parent.right = _Node(key)
            self._retrace(path)
        self._size += 1

    def __contains__(self, key) -> bool:
        """Whether key is in the tree."""
        path = self._search(key)
        return bool(path) and not (key < path[-1].key or path[-1].key < key)

    def delete(self, key) -> bool:
        """Remove key, rebalancing on the way up; return whether it was there."""
        path = self._search(key)
        if not path or key < path[-1].key or path[-1].key < key:
            return False
        node = path[-1]
        if node.left is not None and node.right is not None:
            # Take the in-order successor's key; the successor (no left child) goes instead.
            successor = node.right
            path.append(successor)
            while successor.left is not None:
                successor = successor.left
                path.append(successor)
            node.key = successor.key
            node = successor
        child = node.left if node.left is not None else node.right
        path.pop()
        if not path:
            self._root = child
        elif path[-1].left is node:
            path[-1].left = child
        else:
            path[-1].right = child
        self._retrace(path)
        self._size -= 1
        return True

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
        keys, stack, node = [], [], self._root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            keys.append(node.key)
            node = node.right
        return keys

    def height(self) -> int:
        """Edges on the longest root-to-leaf path: -1 when empty, 0 for one key."""
        return _height(self._root)

    def __len__(self) -> int:
        """The number of keys."""
        return self._size
