# expect: wrong_answer
# Breaks ties between sleepers by spawn order (the task's index) instead of the order
# in which they fell asleep.
import heapq
from collections import deque


class EventLoop:
    def __init__(self):
        self.now = 0
        self.tasks = []
        self.results = []
        self.ready = deque()
        self.sleepers = []

    def time(self):
        return self.now

    def spawn(self, gen):
        self.tasks.append(gen)
        self.results.append(None)
        self.ready.append(len(self.tasks) - 1)

    def run(self):
        while self.ready or self.sleepers:
            if not self.ready:
                self.now = self.sleepers[0][0]
                while self.sleepers and self.sleepers[0][0] <= self.now:
                    self.ready.append(heapq.heappop(self.sleepers)[1])
            index = self.ready.popleft()
            try:
                request = next(self.tasks[index])
            except StopIteration as stop:
                self.results[index] = stop.value
            except Exception as error:
                self.results[index] = error
            else:
                if request is None:
                    self.ready.append(index)
                else:
                    heapq.heappush(self.sleepers, (self.now + request, index))
        return self.results
