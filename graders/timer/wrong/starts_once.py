# expect: wrong_answer
# Records the start time only on the first block: reusing the timer measures from
# that first start, so elapsed and laps grow across blocks.
import time


class Timer:
    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.start = None
        self.end = None
        self.laps = []

    def __enter__(self):
        self.end = None
        if self.start is None:
            self.start = self.clock()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.end = self.clock()
        self.laps.append(self.end - self.start)
        return False

    @property
    def elapsed(self):
        end = self.clock() if self.end is None else self.end
        return end - self.start
