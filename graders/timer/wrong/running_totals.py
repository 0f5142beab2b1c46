# expect: wrong_answer
# Appends the total time of all blocks so far to laps, instead of each block's own time.
import time


class Timer:
    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.start = None
        self.end = None
        self.total = 0
        self.laps = []

    def __enter__(self):
        self.end = None
        self.start = self.clock()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.end = self.clock()
        self.total += self.end - self.start
        self.laps.append(self.total)
        return False

    @property
    def elapsed(self):
        end = self.clock() if self.end is None else self.end
        return end - self.start
