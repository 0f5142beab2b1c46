# expect: wrong_answer
# Treats the yielded number as the time to wake up at, not as seconds from now: a
# task that sleeps 1 second at t = 1 "wakes" at t = 1 again.
import heapq
from collections import deque
from itertools import count


class EventLoop:
    def __init__(self):
        self.now = 0
        self.tasks = []
        self.results = []
        self.ready = deque()
        self.sleepers = []
        self.counter = count()

    def time(self):
        return self.now

    def spawn(self, gen):
        self.tasks.append(gen)
        self.results.append(None)
        self.ready.append(len(self.tasks) - 1)

    def run(self):
        while self.ready or self.sleepers:
            if not self.ready:
                self.now = max(self.now, self.sleepers[0][0])
                while self.sleepers and self.sleepers[0][0] <= self.now:
                    self.ready.append(heapq.heappop(self.sleepers)[2])
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
                    heapq.heappush(self.sleepers, (request, next(self.counter), index))
        return self.results
