"""Trusted test code for event-loop: scripted generator tasks that log when they run."""

import hashlib
import random

_sha256 = hashlib.sha256
_Random = random.Random


class TaskError(Exception):
    """What a scripted task raises for ('raise', TaskError)."""


class Recorder:
    """Makes scripted tasks for `loop` and keeps one log for all of them.

    rec.task(name, *actions) is a generator task. Each time it runs (when it starts and
    after each of its yields) it appends (name, loop.time()) to rec.log; then it does
    its next action:
      None or a number     yields it (None: let the others run; a number: sleep)
      ('spawn', task)      calls loop.spawn(task) and goes on with the next action
      ('raise', Class)     raises Class(name) (the object is kept in rec.raised)
      ('return', value)    returns value
    After its last action it returns name.upper()."""

    def __init__(self, loop):
        self.loop = loop
        self.log = []
        self.raised = []

    def task(self, name, *actions):
        self.log.append((name, self.loop.time()))
        for action in actions:
            if isinstance(action, tuple):
                kind, argument = action
                if kind == "spawn":
                    self.loop.spawn(argument)
                    continue
                if kind == "raise":
                    error = argument(name)
                    self.raised.append(error)
                    raise error
                if kind == "return":
                    return argument
                raise AssertionError("unknown action %r" % (action,))
            yield action
            self.log.append((name, self.loop.time()))
        return name.upper()

    def describe(self, results):
        """The results with every exception replaced by the facts
        ('raised', class name, args, whether it is the very object a task raised)."""
        described = []
        for value in results:
            if isinstance(value, BaseException):
                own = any(value is error for error in self.raised)
                described.append(("raised", type(value).__name__, value.args, own))
            else:
                described.append(value)
        return described


def names(log):
    """Only the names of a log, in order: who ran when, without the times."""
    return [name for name, _ in log]


def busy_worker(steps):
    """A task that yields None `steps` times, then returns steps."""
    for _ in range(steps):
        yield
    return steps


def no_return():
    """A task with no return statement: it sleeps 1 second, then returns None."""
    yield 1


def crowd(seed, count, steps):
    """`count` tasks with `steps` actions each, drawn from a seeded random generator:
    yield None, or sleep 0.25, 0.5, 1 or 2 seconds (so that many wake-ups tie). One
    task in ten spawns a short child task, one in thirteen raises. Returns (final time,
    log length, sha256 of the log, sha256 of the described results)."""
    rng = _Random(seed)
    loop = EventLoop()
    rec = Recorder(loop)
    choices = [None, None, 0.25, 0.5, 1, 2]
    for index in range(count):
        actions = [rng.choice(choices) for _ in range(steps)]
        if index % 10 == 3:
            child = rec.task("c%d" % index, rng.choice(choices), rng.choice(choices))
            actions.insert(rng.randrange(len(actions) + 1), ("spawn", child))
        if index % 13 == 5:
            actions.insert(rng.randrange(len(actions) + 1), ("raise", TaskError))
        loop.spawn(rec.task("t%d" % index, *actions))
    results = loop.run()
    log_text = "\n".join("%s %r" % (name, float(moment)) for name, moment in rec.log)
    result_text = "\n".join(repr(value) for value in rec.describe(results))
    return (
        float(loop.time()),
        len(rec.log),
        _sha256(log_text.encode("utf-8")).hexdigest(),
        _sha256(result_text.encode("utf-8")).hexdigest(),
    )
