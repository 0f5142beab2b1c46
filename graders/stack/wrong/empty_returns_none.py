# expect: wrong_answer
# pop() and peek() on an empty stack return None instead of raising IndexError.


class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        return self.items.pop() if self.items else None

    def peek(self):
        return self.items[-1] if self.items else None

    def is_empty(self):
        return not self.items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return reversed(self.items)
