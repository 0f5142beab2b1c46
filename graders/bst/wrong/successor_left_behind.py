# expect: wrong_answer
# Copies the in-order successor's key into a node with two children, but never
# removes the successor: its key is then in the tree twice.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
            self.size += 1
            return
        node = self.root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = Node(key)
                    break
                node = node.left
            elif key > node.key:
                if node.right is None:
                    node.right = Node(key)
                    break
                node = node.right
            else:
                return
        self.size += 1

    def __contains__(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def delete(self, key):
        parent = None
        node = self.root
        while node is not None and node.key != key:
            parent = node
            node = node.left if key < node.key else node.right
        if node is None:
            return False
        if node.left is not None and node.right is not None:
            successor_parent = node
            successor = node.right
            while successor.left is not None:
                successor_parent = successor
                successor = successor.left
            node.key = successor.key
            self.size -= 1
            return True
        child = node.left if node.left is not None else node.right
        if parent is None:
            self.root = child
        elif parent.left is node:
            parent.left = child
        else:
            parent.right = child
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
        keys = []

        def walk(node):
            if node is not None:
                walk(node.left)
                keys.append(node.key)
                walk(node.right)

        walk(self.root)
        return keys

    def height(self):
        def depth(node):
            if node is None:
                return -1
            return 1 + max(depth(node.left), depth(node.right))

        return depth(self.root)

    def __len__(self):
        return self.size
