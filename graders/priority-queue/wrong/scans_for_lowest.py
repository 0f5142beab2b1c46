# expect: time_limit_exceeded
# Keeps the entries in a plain list and scans all of them for the lowest priority on
# every pop and peek: O(n) per pop, O(n^2) for n pops.


class PriorityQueue:
    def __init__(self):
        self.entries = []  # (priority, sequence, item), in push order
        self.counter = 0

    def push(self, item, priority):
        self.entries.append((priority, self.counter, item))
        self.counter += 1

    def _lowest(self):
        best = 0
        for index in range(1, len(self.entries)):
            if self.entries[index][0] < self.entries[best][0]:
                best = index
        return best

    def pop(self):
        if not self.entries:
            raise IndexError("pop from an empty priority queue")
        return self.entries.pop(self._lowest())[2]

    def peek(self):
        if not self.entries:
            raise IndexError("peek at an empty priority queue")
        return self.entries[self._lowest()][2]

    def __len__(self):
        return len(self.entries)

    def __bool__(self):
        return len(self.entries) > 0
