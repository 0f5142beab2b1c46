"""A singly linked list whose values live in nodes."""


class LinkedList:
    """A chain of nodes, each holding one value and a link to the next."""

    def __init__(self, iterable=()):
        """Create a list holding the values of iterable, in order."""
        raise NotImplementedError("write LinkedList.__init__")

    def insert(self, value, index=None) -> None:
        """Append value (index None), or insert it before position index (0..len)."""
        raise NotImplementedError("write LinkedList.insert")

    def delete(self, value) -> bool:
        """Remove the first occurrence of value; return whether there was one."""
        raise NotImplementedError("write LinkedList.delete")

    def search(self, value) -> int:
        """The position of the first occurrence of value, or -1."""
        raise NotImplementedError("write LinkedList.search")

    def __len__(self) -> int:
        """The number of values."""
        raise NotImplementedError("write LinkedList.__len__")

    def __iter__(self):
        """Yield the values in order."""
        raise NotImplementedError("write LinkedList.__iter__")

    def to_list(self) -> list:
        """The values, in order, as a new Python list."""
        raise NotImplementedError("write LinkedList.to_list")
