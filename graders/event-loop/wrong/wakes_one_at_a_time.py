# expect: wrong_answer
# When every task sleeps, wakes only the first sleeper due: a task woken at the same
# time as others runs on alone while they are still asleep.
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
                wake, _, index = heapq.heappop(self.sleepers)
                self.now = wake
                self.ready.append(index)
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
        return self.results
