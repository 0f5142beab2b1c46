# expect: wrong_answer
# Appends a lap when the block starts and updates it at the end, so while a block
# runs laps already lists it.
import time


class Timer:
    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.start = None
        self.end = None
        self.laps = []

    def __enter__(self):
        self.end = None
        self.start = self.clock()
        self.laps.append(0)
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.end = self.clock()
        self.laps[-1] = self.end - self.start
        return False

    @property
    def elapsed(self):
        end = self.clock() if self.end is None else self.end
        return end - self.start
