"""A binary search tree of comparable keys (no balancing)."""


class BST:
    """Keys in nodes: smaller keys to the left, larger keys to the right."""

    def __init__(self):
        """Create an empty tree."""
        raise NotImplementedError("write BST.__init__")

    def insert(self, key) -> None:
        """Add key as a new leaf; a key already there changes nothing."""
        raise NotImplementedError("write BST.insert")

    def __contains__(self, key) -> bool:
        """Whether key is in the tree."""
        raise NotImplementedError("write BST.__contains__")

    def delete(self, key) -> bool:
        """Remove key; return whether it was there."""
        raise NotImplementedError("write BST.delete")

    def min(self):
        """The smallest key; ValueError when the tree is empty."""
        raise NotImplementedError("write BST.min")

    def max(self):
        """The largest key; ValueError when the tree is empty."""
        raise NotImplementedError("write BST.max")

    def inorder(self) -> list:
        """The keys in ascending order, as a new list."""
        raise NotImplementedError("write BST.inorder")

    def height(self) -> int:
        """Edges on the longest root-to-leaf path: -1 when empty, 0 for one key."""
        raise NotImplementedError("write BST.height")

    def __len__(self) -> int:
        """The number of keys."""
        raise NotImplementedError("write BST.__len__")
