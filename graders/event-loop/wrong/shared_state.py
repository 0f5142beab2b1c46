# expect: wrong_answer
# Keeps the clock and the queues in class attributes: every EventLoop shares them, so
# a second loop sees the first loop's tasks and time.
import heapq
from collections import deque
from itertools import count


class EventLoop:
    now = 0
    tasks = []
    results = []
    ready = deque()
    sleepers = []
    counter = count()

    def time(self):
        return EventLoop.now

    def spawn(self, gen):
        self.tasks.append(gen)
        self.results.append(None)
        self.ready.append(len(self.tasks) - 1)

    def run(self):
        while self.ready or self.sleepers:
            if not self.ready:
                EventLoop.now = self.sleepers[0][0]
                while self.sleepers and self.sleepers[0][0] <= EventLoop.now:
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
                    heapq.heappush(self.sleepers, (EventLoop.now + request, next(self.counter), index))
        return list(self.results)
