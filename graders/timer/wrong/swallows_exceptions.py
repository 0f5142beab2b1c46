# expect: wrong_answer
# __exit__ returns True, which tells Python the exception was handled: an exception
# in the block disappears.
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
        self.end = self.clock()
        self.laps.append(self.end - self.start)
        return True

    @property
    def elapsed(self):
        end = self.clock() if self.end is None else self.end
        return end - self.start
