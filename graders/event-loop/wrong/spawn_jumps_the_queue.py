# expect: wrong_answer
# Puts a newly spawned task at the front of the ready queue, so a task spawned while
# the loop runs goes before the tasks that were already waiting.
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
        self.running = False

    def time(self):
        return self.now

    def spawn(self, gen):
        self.tasks.append(gen)
        self.results.append(None)
        if self.running:
            self.ready.appendleft(len(self.tasks) - 1)
        else:
            self.ready.append(len(self.tasks) - 1)

    def run(self):
        self.running = True
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
                if request is None:
                    self.ready.append(index)
                else:
                    heapq.heappush(self.sleepers, (self.now + request, next(self.counter), index))
        self.running = False
        return self.results
