"""A tiny event loop: generator tasks, round-robin scheduling and a virtual clock."""

import heapq
from collections import deque
from itertools import count


class EventLoop:
    """Runs generator tasks: `yield None` lets the others run, `yield seconds` sleeps on
    the loop's virtual clock."""

    def __init__(self):
        """An empty loop whose virtual time is 0."""
        self._now = 0
        self._tasks = []  # the generators, in spawn order
        self._results = []  # what each task returned (or raised), in spawn order
        self._ready = deque()  # indexes of the tasks ready to run, first to run first
        self._sleeping = []  # heap of (wake-up time, order of falling asleep, index)
        self._order = count()

    def time(self):
        """The virtual time, in seconds."""
        return self._now

    def spawn(self, gen) -> None:
        """Add a task; it is ready at once and runs after the tasks already ready."""
        self._tasks.append(gen)
        self._results.append(None)
        self._ready.append(len(self._tasks) - 1)

    def run(self) -> list:
        """Run every task to its end; return what each returned (or the exception it
        raised), in spawn order."""
        while self._ready or self._sleeping:
            if not self._ready:
                self._now = self._sleeping[0][0]
                while self._sleeping and self._sleeping[0][0] <= self._now:
                    self._ready.append(heapq.heappop(self._sleeping)[2])
            index = self._ready.popleft()
            try:
                request = next(self._tasks[index])
            except StopIteration as stop:
                self._results[index] = stop.value
            except Exception as error:  # the task failed: its exception is its result
                self._results[index] = error
            else:
                if request is None:
                    self._ready.append(index)
                else:
                    wake = self._now + request
                    heapq.heappush(self._sleeping, (wake, next(self._order), index))
        return list(self._results)
