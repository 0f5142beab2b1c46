"""A context manager that measures how long its block takes."""

import time


class Timer:
    """with Timer() as t: ... times the block; t.elapsed is its time in seconds, and
    t.laps lists the time of every block this timer has finished."""

    def __init__(self, clock=time.perf_counter):
        """clock() returns the current time in seconds."""
        self._clock = clock
        self._start = None
        self._end = None
        self.laps = []

    def __enter__(self):
        """Start timing; return the timer itself."""
        self._end = None
        self._start = self._clock()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        """Stop timing and record the lap; never suppress an exception."""
        self._end = self._clock()
        self.laps.append(self._end - self._start)
        return False

    @property
    def elapsed(self):
        """The seconds the last block took; inside a block, the time so far."""
        if self._start is None:
            return 0.0
        end = self._clock() if self._end is None else self._end
        return end - self._start
