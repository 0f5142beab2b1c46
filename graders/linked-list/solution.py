"""A singly linked list whose values live in nodes."""


class _Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node


class LinkedList:
    """A chain of nodes, each holding one value and a link to the next."""

    def __init__(self, iterable=()):
        """Create a list holding the values of iterable, in order."""
        self._head = None
        self._tail = None
        self._size = 0
        for value in iterable:
            self.insert(value)

    def _node_before(self, index):
        """The node at position index - 1 (index is 1..len)."""
        node = self._head
        for _ in range(index - 1):
            node = node.next
        return node

    def insert(self, value, index=None) -> None:
        """Append value (index None), or insert it before position index (0..len)."""
        if index is None:
            index = self._size
        elif not 0 <= index <= self._size:
            raise IndexError("index %d is out of range for a list of %d" % (index, self._size))
        if index == 0:
            self._head = _Node(value, self._head)
            if self._tail is None:
                self._tail = self._head
        elif index == self._size:
            self._tail.next = _Node(value)
            self._tail = self._tail.next
        else:
            before = self._node_before(index)
            before.next = _Node(value, before.next)
        self._size += 1

    def delete(self, value) -> bool:
        """Remove the first occurrence of value; return whether there was one."""
        previous, node = None, self._head
        while node is not None and not node.value == value:
            previous, node = node, node.next
        if node is None:
            return False
        if previous is None:
            self._head = node.next
        else:
            previous.next = node.next
        if node is self._tail:
            self._tail = previous
        self._size -= 1
        return True

    def search(self, value) -> int:
        """The position of the first occurrence of value, or -1."""
        for index, item in enumerate(self):
            if item == value:
                return index
        return -1

    def __len__(self) -> int:
        """The number of values."""
        return self._size

    def __iter__(self):
        """Yield the values in order."""
        node = self._head
        while node is not None:
            yield node.value
            node = node.next

    def to_list(self) -> list:
        """The values, in order, as a new Python list."""
        return list(self)
