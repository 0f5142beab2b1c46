# expect: runtime_error
# A heap of (priority, item) pairs: on equal priorities heapq compares the items,
# which crashes for dicts (TypeError) and orders strings by value, not push order.
import heapq


class PriorityQueue:
    def __init__(self):
        self.heap = []

    def push(self, item, priority):
        heapq.heappush(self.heap, (priority, item))

    def pop(self):
        if not self.heap:
            raise IndexError("pop from an empty priority queue")
        return heapq.heappop(self.heap)[1]

    def peek(self):
        if not self.heap:
            raise IndexError("peek at an empty priority queue")
        return self.heap[0][1]

    def __len__(self):
        return len(self.heap)

    def __bool__(self):
        return len(self.heap) > 0
