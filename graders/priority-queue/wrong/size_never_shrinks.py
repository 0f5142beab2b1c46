# expect: wrong_answer
# Counts the pushes and reports that as the size: pops never lower len(), so bool()
# stays True on an emptied queue.
import heapq
from itertools import count


class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.sequence = count()
        self.pushed = 0

    def push(self, item, priority):
        heapq.heappush(self.heap, (priority, next(self.sequence), item))
        self.pushed += 1

    def pop(self):
        if not self.heap:
            raise IndexError("pop from an empty priority queue")
        return heapq.heappop(self.heap)[2]

    def peek(self):
        if not self.heap:
            raise IndexError("peek at an empty priority queue")
        return self.heap[0][2]

    def __len__(self):
        return self.pushed
