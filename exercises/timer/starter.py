"""A context manager that measures how long its block takes."""

import time


class Timer:
    """with Timer() as t: ... times the block; t.elapsed is its time in seconds, and
    t.laps lists the time of every block this timer has finished."""

    def __init__(self, clock=time.perf_counter):
        """clock() returns the current time in seconds."""
        raise NotImplementedError("write Timer.__init__")

    def __enter__(self):
        """Start timing; return the timer itself."""
        raise NotImplementedError("write Timer.__enter__")

    def __exit__(self, exc_type, exc_value, traceback):
        """Stop timing and record the lap; never suppress an exception."""
        raise NotImplementedError("write Timer.__exit__")

    @property
    def elapsed(self):
        """The seconds the last block took; inside a block, the time so far."""
        raise NotImplementedError("write Timer.elapsed")
