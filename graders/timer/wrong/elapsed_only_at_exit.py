# expect: wrong_answer
# Sets elapsed only in __exit__: inside the block it is still 0, or the previous
# block's time.
import time


class Timer:
    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.start = None
        self.elapsed = 0.0
        self.laps = []

    def __enter__(self):
        self.start = self.clock()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.elapsed = self.clock() - self.start
        self.laps.append(self.elapsed)
        return False
