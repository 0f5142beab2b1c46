# expect: wrong_answer
# Declares laps = [] in the class body: one list shared by every Timer, so each timer
# sees the laps of all the others.
import time


class Timer:
    laps = []

    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.start = None
        self.end = None

    def __enter__(self):
        self.end = None
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
