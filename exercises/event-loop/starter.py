"""A tiny event loop: generator tasks, round-robin scheduling and a virtual clock."""


class EventLoop:
    """Runs generator tasks: `yield None` lets the others run, `yield seconds` sleeps on
    the loop's virtual clock."""

    def __init__(self):
        """An empty loop whose virtual time is 0."""
        raise NotImplementedError("write EventLoop.__init__")

    def time(self):
        """The virtual time, in seconds."""
        raise NotImplementedError("write EventLoop.time")

    def spawn(self, gen) -> None:
        """Add a task (a generator object); it is ready at once, behind the tasks
        already ready."""
        raise NotImplementedError("write EventLoop.spawn")

    def run(self) -> list:
        """Run every task to its end; return what each returned (or the exception it
        raised), in spawn order."""
        raise NotImplementedError("write EventLoop.run")
