# expect: wrong_answer
# Rebalances only when the heights differ by more than two, letting subtrees drift
# apart by two levels: not an AVL tree.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
        self.height = 0


def height(node):
    return node.height if node is not None else -1


def update(node):
    node.height = 1 + max(height(node.left), height(node.right))


def rotate_right(node):
    pivot = node.left
    node.left = pivot.right
    pivot.right = node
    update(node)
    update(pivot)
    return pivot


def rotate_left(node):
    pivot = node.right
    node.right = pivot.left
    pivot.left = node
    update(node)
    update(pivot)
    return pivot


def rebalance(node):
    update(node)
    balance = height(node.left) - height(node.right)
    if balance > 2:
        if height(node.left.left) < height(node.left.right):
            node.left = rotate_left(node.left)
        return rotate_right(node)
    if balance < -2:
        if height(node.right.right) < height(node.right.left):
            node.right = rotate_right(node.right)
        return rotate_left(node)
    return node


def insert(node, key):
    if node is None:
        return Node(key), True
    if key < node.key:
        node.left, added = insert(node.left, key)
    elif key > node.key:
        node.right, added = insert(node.right, key)
    else:
        return node, False
    return rebalance(node), added


def smallest(node):
    while node.left is not None:
        node = node.left
    return node


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
        node.key = smallest(node.right).key
        node.right, found = delete(node.right, node.key)
    return rebalance(node), found


class BalancedBST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        self.root, added = insert(self.root, key)
        if added:
            self.size += 1

    def __contains__(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def delete(self, key):
        self.root, found = delete(self.root, key)
        if found:
            self.size -= 1
        return found

    def min(self):
        if self.root is None:
            raise ValueError("empty tree")
        return smallest(self.root).key

    def max(self):
        if self.root is None:
            raise ValueError("empty tree")
        node = self.root
        while node.right is not None:
            node = node.right
        return node.key

    def inorder(self):
        keys = []
        stack = []
        node = self.root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            keys.append(node.key)
            node = node.right
        return keys

    def height(self):
        return height(self.root)

    def __len__(self):
        return self.size
