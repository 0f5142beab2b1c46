# expect: wrong_answer
# Uses the queue's current size as the tie-breaker instead of a counter that only
# grows: after a pop, a new item can get the same number as an older one, and jump
# ahead of it.
import heapq


class PriorityQueue:
    def __init__(self):
        self.heap = []

    def push(self, item, priority):
        heapq.heappush(self.heap, (priority, len(self.heap), item))

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
