# expect: wrong_answer
# Reads time.perf_counter() directly instead of the clock it was given: the fake
# clock's time never shows.
import time


class Timer:
    def __init__(self, clock=time.perf_counter):
        self.start = None
        self.end = None
        self.laps = []

    def __enter__(self):
        self.end = None
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.end = time.perf_counter()
        self.laps.append(self.end - self.start)
        return False

    @property
    def elapsed(self):
        end = time.perf_counter() if self.end is None else self.end
        return end - self.start
