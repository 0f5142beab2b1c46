# expect: wrong_answer
# A treap: a binary search tree whose shape follows random priorities. It is balanced
# on average (O(log n) expected), fast enough, but its height is that of a random BST,
# often above the AVL bound, and for small trees often taller than any AVL tree.
import random


class Node:
    def __init__(self, key, priority):
        self.key = key
        self.priority = priority
        self.left = None
        self.right = None


def split(node, key):
    """(keys < key, keys >= key)"""
    if node is None:
        return None, None
    if node.key < key:
        node.right, right = split(node.right, key)
        return node, right
    left, node.left = split(node.left, key)
    return left, node


def merge(left, right):
    if left is None:
        return right
    if right is None:
        return left
    if left.priority > right.priority:
        left.right = merge(left.right, right)
        return left
    right.left = merge(left, right.left)
    return right


class BalancedBST:
    def __init__(self):
        self.root = None
        self.size = 0
        self.random = random.Random(12345)

    def __contains__(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def insert(self, key):
        if key in self:
            return
        left, right = split(self.root, key)
        node = Node(key, self.random.random())
        self.root = merge(merge(left, node), right)
        self.size += 1

    def delete(self, key):
        if key not in self:
            return False
        left, right = split(self.root, key)
        _, right = split_first(right)
        self.root = merge(left, right)
        self.size -= 1
        return True

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
        keys, stack, node = [], [], self.root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            keys.append(node.key)
            node = node.right
        return keys

    def height(self):
        if self.root is None:
            return -1
        deepest, stack = 0, [(self.root, 0)]
        while stack:
            node, depth = stack.pop()
            deepest = max(deepest, depth)
            for child in (node.left, node.right):
                if child is not None:
                    stack.append((child, depth + 1))
        return deepest

    def __len__(self):
        return self.size


def split_first(node):
    """Remove the smallest node: (that node, the rest)."""
    if node.left is None:
        rest = node.right
        node.right = None
        return node, rest
    first, node.left = split_first(node.left)
    return first, node
