# expect: wrong_answer
# elapsed always reads the clock: it keeps growing after the block is over.
import time


class Timer:
    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.start = None
        self.laps = []

    def __enter__(self):
        self.start = self.clock()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.laps.append(self.clock() - self.start)
        return False

    @property
    def elapsed(self):
        return self.clock() - self.start
