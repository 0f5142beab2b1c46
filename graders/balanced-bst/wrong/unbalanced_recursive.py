# expect: runtime_error
# A plain binary search tree with recursive insert and no rebalancing: keys inserted in
# sorted order make a chain, and recursing down 100,000 nodes hits the recursion limit.


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(node, key):
    if node is None:
        return Node(key), True
    if key < node.key:
        node.left, added = insert(node.left, key)
    elif key > node.key:
        node.right, added = insert(node.right, key)
    else:
        return node, False
    return node, added


def delete(node, key):
    if node is None:
        return None, False
    if key < node.key:
        node.left, found = delete(node.left, key)
    elif key > node.key:
        node.right, found = delete(node.right, key)
    else:
        if node.left is None:
            return node.right, True
        if node.right is None:
            return node.left, True
        successor = node.right
        while successor.left is not None:
            successor = successor.left
        node.key = successor.key
        node.right, found = delete(node.right, successor.key)
    return node, found


def height(node):
    if node is None:
        return -1
    return 1 + max(height(node.left), height(node.right))


def walk(node, keys):
    if node is not None:
        walk(node.left, keys)
        keys.append(node.key)
        walk(node.right, keys)


class BalancedBST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        self.root, added = insert(self.root, key)
        self.size += added

    def __contains__(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def delete(self, key):
        self.root, found = delete(self.root, key)
        self.size -= found
        return found

    def min(self):
        if self.root is None:
            raise ValueError("empty tree")
        node = self.root
        while node.left is not None:
            node = node.left
        return node.key

    def max(self):
        if self.root is None:
            raise ValueError("empty tree")
        node = self.root
        while node.right is not None:
            node = node.right
        return node.key

    def inorder(self):
        keys = []
        walk(self.root, keys)
        return keys

    def height(self):
        return height(self.root)

    def __len__(self):
        return self.size
