# expect: runtime_error
# A linked stack that keeps its own size counter and lowers it before checking that
# there is anything to pop: a failed pop leaves the size at -1, and len() then raises.


class _Node:
    def __init__(self, item, below):
        self.item = item
        self.below = below


class Stack:
    def __init__(self):
        self.top = None
        self.size = 0

    def push(self, item):
        self.top = _Node(item, self.top)
        self.size += 1

    def pop(self):
        self.size -= 1
        if self.top is None:
            raise IndexError("pop from an empty stack")
        node = self.top
        self.top = node.below
        return node.item

    def peek(self):
        if self.top is None:
            raise IndexError("peek at an empty stack")
        return self.top.item

    def is_empty(self):
        return self.top is None

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.top
        while node is not None:
            yield node.item
            node = node.below
