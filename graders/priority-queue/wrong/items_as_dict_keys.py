# expect: runtime_error
# Remembers each item's priority in a dict keyed by the item, and keeps a heap of
# (priority, sequence, position) entries: unhashable items (dicts, lists) raise
# TypeError, and an item pushed twice keeps only its last priority.
import heapq


class PriorityQueue:
    def __init__(self):
        self.priority_of = {}
        self.items = []
        self.heap = []

    def push(self, item, priority):
        self.priority_of[item] = priority
        self.items.append(item)
        heapq.heappush(self.heap, (priority, len(self.items) - 1))

    def _next(self):
        while self.heap:
            priority, position = self.heap[0]
            item = self.items[position]
            if self.priority_of.get(item) == priority:
                return position
            heapq.heappop(self.heap)
        raise IndexError("empty priority queue")

    def pop(self):
        position = self._next()
        heapq.heappop(self.heap)
        item = self.items[position]
        del self.priority_of[item]
        return item

    def peek(self):
        return self.items[self._next()]

    def __len__(self):
        return len(self.priority_of)

    def __bool__(self):
        return len(self.priority_of) > 0
