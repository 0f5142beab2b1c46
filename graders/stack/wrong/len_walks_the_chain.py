# expect: time_limit_exceeded
# the items are linked nodes and len() walks the whole chain: O(n), not O(1)
class _Node:
    __slots__ = ("value", "below")
    def __init__(self, value, below): self.value = value; self.below = below
class Stack:
    def __init__(self): self._top = None
    def push(self, item): self._top = _Node(item, self._top)
    def pop(self):
        if self._top is None: raise IndexError("empty")
        node = self._top; self._top = node.below; return node.value
    def peek(self):
        if self._top is None: raise IndexError("empty")
        return self._top.value
    def is_empty(self): return self._top is None
    def __len__(self):
        n, node = 0, self._top
        while node is not None: n += 1; node = node.below
        return n
    def __iter__(self):
        node = self._top
        while node is not None: yield node.value; node = node.below
