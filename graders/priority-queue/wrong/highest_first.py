# expect: wrong_answer
# Negates the priorities as if for a max-heap: the highest priority comes out first.
import heapq


class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0

    def push(self, item, priority):
        heapq.heappush(self.heap, (-priority, self.counter, item))
        self.counter += 1

    def pop(self):
        if not self.heap:
            raise IndexError("pop from an empty priority queue")
        return heapq.heappop(self.heap)[2]

    def peek(self):
        if not self.heap:
            raise IndexError("peek at an empty priority queue")
        return self.heap[0][2]

    def __len__(self):
        return len(self.heap)

    def __bool__(self):
        return len(self.heap) > 0
