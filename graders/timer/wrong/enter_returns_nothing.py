# expect: runtime_error
# __enter__ starts the clock but returns nothing, so `with Timer() as t` binds None.
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

    def __exit__(self, exc_type, exc_value, traceback):
        self.end = self.clock()
        self.laps.append(self.end - self.start)
        return False

    @property
    def elapsed(self):
        end = self.clock() if self.end is None else self.end
        return end - self.start
