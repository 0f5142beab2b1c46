"""A priority queue: the lowest priority first, ties in push order."""

import heapq
from itertools import count


class PriorityQueue:
    """Items with numeric priorities; pop() returns the lowest, first pushed first."""

    def __init__(self):
        """Create an empty queue."""
        # Entries are (priority, sequence, item). Sequence numbers only ever grow, so
        # ties on priority are settled by push order and items are never compared.
        self._heap = []
        self._sequence = count()

    def push(self, item, priority) -> None:
        """Add item with the given priority (a number)."""
        heapq.heappush(self._heap, (priority, next(self._sequence), item))

    def pop(self):
        """Remove and return the item of the lowest priority; IndexError when empty."""
        if not self._heap:
            raise IndexError("pop from an empty priority queue")
        return heapq.heappop(self._heap)[2]

    def peek(self):
        """Return the item pop() would return, without removing it; IndexError when empty."""
        if not self._heap:
            raise IndexError("peek at an empty priority queue")
        return self._heap[0][2]

    def __len__(self) -> int:
        """The number of items."""
        return len(self._heap)

    def __bool__(self) -> bool:
        """Whether the queue holds any item."""
        return bool(self._heap)
