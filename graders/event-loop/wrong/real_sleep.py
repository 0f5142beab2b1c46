# expect: constraint
# Sleeps for real with time.sleep() when a task yields seconds, and reads the time
# from time.monotonic(), instead of keeping a virtual clock (and the exercise
# forbids time.sleep).
import time
from collections import deque


class EventLoop:
    def __init__(self):
        self.start = time.monotonic()
        self.tasks = []
        self.results = []
        self.ready = deque()
        self.sleepers = []

    def time(self):
        return time.monotonic() - self.start

    def spawn(self, gen):
        self.tasks.append(gen)
        self.results.append(None)
        self.ready.append(len(self.tasks) - 1)

    def run(self):
        while self.ready or self.sleepers:
            if not self.ready:
                self.sleepers.sort(key=lambda pair: pair[0])
                wake, index = self.sleepers.pop(0)
                time.sleep(max(0, wake - self.time()))
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
                    self.sleepers.append((self.time() + request, index))
        return self.results
