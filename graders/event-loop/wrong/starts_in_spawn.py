# expect: runtime_error
# Primes each task with next() inside spawn(): the task's first step runs before
# run(), and a task that returns at once raises StopIteration out of spawn().
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
        request = next(gen)
        self.tasks.append(gen)
        self.results.append(None)
        self.schedule(len(self.tasks) - 1, request)

    def schedule(self, index, request):
        if request is None:
            self.ready.append(index)
        else:
            heapq.heappush(self.sleepers, (self.now + request, next(self.counter), index))

    def run(self):
        while self.ready or self.sleepers:
            if not self.ready:
                self.now = self.sleepers[0][0]
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
                self.schedule(index, request)
        return self.results
