# expect: wrong_answer
# peek() returns the top item but removes it, like pop().


class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        if not self.items:
            raise IndexError("pop from an empty stack")
        return self.items.pop()

    def peek(self):
        if not self.items:
            raise IndexError("peek at an empty stack")
        return self.items.pop()

    def is_empty(self):
        return not self.items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return reversed(self.items)
