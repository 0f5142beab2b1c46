# expect: runtime_error
# Keeps (wake-up time, generator) pairs in the heap: when two tasks wake at the same
# time, heapq compares the generators and raises TypeError.
import heapq
from collections import deque


class EventLoop:
    def __init__(self):
        self.now = 0
        self.order = []
        self.results = {}
        self.ready = deque()
        self.sleepers = []

    def time(self):
        return self.now

    def spawn(self, gen):
        self.order.append(gen)
        self.ready.append(gen)

    def run(self):
        while self.ready or self.sleepers:
            if not self.ready:
                self.now = self.sleepers[0][0]
                while self.sleepers and self.sleepers[0][0] <= self.now:
                    self.ready.append(heapq.heappop(self.sleepers)[1])
            task = self.ready.popleft()
            try:
                request = next(task)
            except StopIteration as stop:
                self.results[id(task)] = stop.value
            except Exception as error:
                self.results[id(task)] = error
            else:
                if request is None:
                    self.ready.append(task)
                else:
                    heapq.heappush(self.sleepers, (self.now + request, task))
        return [self.results[id(task)] for task in self.order]
