# expect: wrong_answer
# Keeps the ready tasks on a stack: list.pop() takes the most recent one, so a task
# that yields None runs again at once instead of letting the others go first.
import heapq
from itertools import count


class EventLoop:
    def __init__(self):
        self.now = 0
        self.tasks = []
        self.results = []
        self.ready = []
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
                self.now = self.sleepers[0][0]
                while self.sleepers and self.sleepers[0][0] <= self.now:
                    self.ready.append(heapq.heappop(self.sleepers)[2])
            index = self.ready.pop()
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
        return self.results
