"""A last-in, first-out stack with O(1) operations."""


class Stack:
    """A stack of items: push and pop at the top."""

    def __init__(self):
        """Create an empty stack."""
        raise NotImplementedError("write Stack.__init__")

    def push(self, item) -> None:
        """Put item on top of the stack."""
        raise NotImplementedError("write Stack.push")

    def pop(self):
        """Remove and return the top item; raise IndexError when the stack is empty."""
        raise NotImplementedError("write Stack.pop")

    def peek(self):
        """Return the top item without removing it; raise IndexError when empty."""
        raise NotImplementedError("write Stack.peek")

    def is_empty(self) -> bool:
        """Whether the stack holds no items."""
        raise NotImplementedError("write Stack.is_empty")

    def __len__(self) -> int:
        """The number of items."""
        raise NotImplementedError("write Stack.__len__")

    def __iter__(self):
        """Yield the items from the top to the bottom, without changing the stack."""
        raise NotImplementedError("write Stack.__iter__")
