# expect: time_limit_exceeded
# Keeps the top at the front of a list: insert(0, item) and pop(0) move every other
# item, so each push and pop is O(n) and a deep stack times out.


class Stack:
    def __init__(self):
        self.items = []  # top first

    def push(self, item):
        self.items.insert(0, item)

    def pop(self):
        if not self.items:
            raise IndexError("pop from an empty stack")
        return self.items.pop(0)

    def peek(self):
        if not self.items:
            raise IndexError("peek at an empty stack")
        return self.items[0]

    def is_empty(self):
        return not self.items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)
