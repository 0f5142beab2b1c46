# expect: runtime_error
# The constructor indexes the iterable (iterable[i] for i in range(len(iterable))),
# which works for lists and strings but not for generators or iterators.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.tail = None
        self.size = 0
        for position in range(len(iterable)):
            self.insert(iterable[position])

    def insert(self, value, index=None):
        if index is None:
            index = self.size
        if index < 0 or index > self.size:
            raise IndexError("index out of range")
        if index == 0:
            self.head = Node(value, self.head)
            if self.tail is None:
                self.tail = self.head
        elif index == self.size:
            self.tail.next = Node(value)
            self.tail = self.tail.next
        else:
            before = self.head
            for _ in range(index - 1):
                before = before.next
            before.next = Node(value, before.next)
        self.size += 1

    def delete(self, value):
        previous = None
        node = self.head
        while node is not None:
            if node.value == value:
                if previous is None:
                    self.head = node.next
                else:
                    previous.next = node.next
                if node is self.tail:
                    self.tail = previous
                self.size -= 1
                return True
            previous = node
            node = node.next
        return False

    def search(self, value):
        index = 0
        node = self.head
        while node is not None:
            if node.value == value:
                return index
            index += 1
            node = node.next
        return -1

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def to_list(self):
        return list(self)
