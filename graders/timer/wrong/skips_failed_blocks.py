# expect: wrong_answer
# Records the time only when the block ended normally (exc_type is None): after an
# exception, elapsed and laps still show the block before.
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
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            self.end = self.clock()
            self.laps.append(self.end - self.start)
        return False

    @property
    def elapsed(self):
        end = self.clock() if self.end is None else self.end
        return end - self.start
