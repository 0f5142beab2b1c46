# expect: wrong_answer
# Decides emptiness from the top item's truth instead of the number of items: a stack
# whose top is None, 0, '' or False looks empty, and peek()/pop() refuse it.


class Stack:
    def __init__(self):
        self.items = []

    def _top(self):
        return self.items[-1] if self.items else None

    def push(self, item):
        self.items.append(item)

    def pop(self):
        if not self._top():
            raise IndexError("pop from an empty stack")
        return self.items.pop()

    def peek(self):
        if not self._top():
            raise IndexError("peek at an empty stack")
        return self.items[-1]

    def is_empty(self):
        return not self._top()

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return reversed(self.items)
