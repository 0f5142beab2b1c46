# expect: wrong_answer
# Not a linked list at all: keeps the values in a Python list and lets its methods do
# the work (every answer is right, but the values do not live in nodes).


class LinkedList:
    def __init__(self, iterable=()):
        self._values = list(iterable)

    def insert(self, value, index=None):
        if index is None:
            self._values.append(value)
            return
        if not 0 <= index <= len(self._values):
            raise IndexError("index out of range")
        self._values.insert(index, value)

    def delete(self, value):
        try:
            self._values.remove(value)
        except ValueError:
            return False
        return True

    def search(self, value):
        try:
            return self._values.index(value)
        except ValueError:
            return -1

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def to_list(self):
        return list(self._values)
