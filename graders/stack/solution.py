"""A last-in, first-out stack with O(1) operations."""


class Stack:
    """A stack of items: push and pop at the top."""

    def __init__(self):
        """Create an empty stack."""
        self._items = []  # bottom first: the top is the end of the list

    def push(self, item) -> None:
        """Put item on top of the stack."""
        self._items.append(item)

    def pop(self):
        """Remove and return the top item; raise IndexError when the stack is empty."""
        if not self._items:
            raise IndexError("pop from an empty stack")
        return self._items.pop()

    def peek(self):
        """Return the top item without removing it; raise IndexError when empty."""
        if not self._items:
            raise IndexError("peek at an empty stack")
        return self._items[-1]

    def is_empty(self) -> bool:
        """Whether the stack holds no items."""
        return not self._items

    def __len__(self) -> int:
        """The number of items."""
        return len(self._items)

    def __iter__(self):
        """Yield the items from the top to the bottom, without changing the stack."""
        return reversed(self._items)
