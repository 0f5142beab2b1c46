# expect: wrong_answer
# run() takes the tasks spawned so far and runs only those: a task spawned by a
# running task is never run (and its result never listed).
import heapq
from collections import deque
from itertools import count


class EventLoop:
    def __init__(self):
        self.now = 0
        self.pending = []

    def time(self):
        return self.now

    def spawn(self, gen):
        self.pending.append(gen)

    def run(self):
        tasks = list(self.pending)
        results = [None] * len(tasks)
        ready = deque(range(len(tasks)))
        sleepers = []
        counter = count()
        while ready or sleepers:
            if not ready:
                self.now = sleepers[0][0]
                while sleepers and sleepers[0][0] <= self.now:
                    ready.append(heapq.heappop(sleepers)[2])
            index = ready.popleft()
            try:
                request = next(tasks[index])
            except StopIteration as stop:
                results[index] = stop.value
            except Exception as error:
                results[index] = error
            else:
                if request is None:
                    ready.append(index)
                else:
                    heapq.heappush(sleepers, (self.now + request, next(counter), index))
        return results
