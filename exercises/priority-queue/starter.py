"""A priority queue: the lowest priority first, ties in push order."""


class PriorityQueue:
    """Items with numeric priorities; pop() returns the lowest, first pushed first."""

    def __init__(self):
        """Create an empty queue."""
        raise NotImplementedError("write PriorityQueue.__init__")

    def push(self, item, priority) -> None:
        """Add item with the given priority (a number)."""
        raise NotImplementedError("write PriorityQueue.push")

    def pop(self):
        """Remove and return the item of the lowest priority; IndexError when empty."""
        raise NotImplementedError("write PriorityQueue.pop")

    def peek(self):
        """Return the item pop() would return, without removing it; IndexError when empty."""
        raise NotImplementedError("write PriorityQueue.peek")

    def __len__(self) -> int:
        """The number of items."""
        raise NotImplementedError("write PriorityQueue.__len__")

    def __bool__(self) -> bool:
        """Whether the queue holds any item."""
        raise NotImplementedError("write PriorityQueue.__bool__")
