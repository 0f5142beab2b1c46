# expect: wrong_answer
# Stores the items in a class attribute, so every Stack shares one list.


class Stack:
    items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        if not self.items:
            raise IndexError("pop from an empty stack")
        return self.items.pop()

    def peek(self):
        if not self.items:
            raise IndexError("peek at an empty stack")
        return self.items[-1]

    def is_empty(self):
        return not self.items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return reversed(self.items)
