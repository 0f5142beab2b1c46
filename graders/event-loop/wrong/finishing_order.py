# expect: wrong_answer
# Appends each result when its task finishes: the results come back in the order the
# tasks finished, not in spawn order.
import heapq
from collections import deque
from itertools import count


class EventLoop:
    def __init__(self):
        self.now = 0
        self.results = []
        self.ready = deque()
        self.sleepers = []
        self.counter = count()

    def time(self):
        return self.now

    def spawn(self, gen):
        self.ready.append(gen)

    def run(self):
        while self.ready or self.sleepers:
            if not self.ready:
                self.now = self.sleepers[0][0]
                while self.sleepers and self.sleepers[0][0] <= self.now:
                    self.ready.append(heapq.heappop(self.sleepers)[2])
            task = self.ready.popleft()
            try:
                request = next(task)
            except StopIteration as stop:
                self.results.append(stop.value)
            except Exception as error:
                self.results.append(error)
            else:
                if request is None:
                    self.ready.append(task)
                else:
                    heapq.heappush(self.sleepers, (self.now + request, next(self.counter), task))
        return self.results
