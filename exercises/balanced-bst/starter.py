"""An AVL tree: a binary search tree that stays balanced through inserts and deletes."""


class BalancedBST:
    """A binary search tree kept balanced by AVL rotations."""

    def __init__(self):
        """Create an empty tree."""
        raise NotImplementedError("write BalancedBST.__init__")

    def insert(self, key) -> None:
        """Add key and rebalance; a key already there changes nothing."""
        raise NotImplementedError("write BalancedBST.insert")

    def __contains__(self, key) -> bool:
        """Whether key is in the tree."""
        raise NotImplementedError("write BalancedBST.__contains__")

    def delete(self, key) -> bool:
        """Remove key and rebalance; return whether it was there."""
        raise NotImplementedError("write BalancedBST.delete")

    def min(self):
        """The smallest key; ValueError when the tree is empty."""
        raise NotImplementedError("write BalancedBST.min")

    def max(self):
        """The largest key; ValueError when the tree is empty."""
        raise NotImplementedError("write BalancedBST.max")

    def inorder(self) -> list:
        """The keys in ascending order, as a new list."""
        raise NotImplementedError("write BalancedBST.inorder")

    def height(self) -> int:
        """Edges on the longest root-to-leaf path: -1 when empty, 0 for one key."""
        raise NotImplementedError("write BalancedBST.height")

    def __len__(self) -> int:
        """The number of keys."""
        raise NotImplementedError("write BalancedBST.__len__")
