"""Trusted test code for singleton: classes that count their __init__ calls, and
threads that create an instance at the same moment.

Every wait is bounded: the threads are daemons and every join has a timeout, so a
solution that deadlocks gets a wrong answer, not a hung case."""

import threading
from time import monotonic, sleep

_Thread = threading.Thread
_Barrier = threading.Barrier


def make_config(slow=0.0):
    """A new class Config(value=None) using the Singleton metaclass. Its __init__ sleeps
    `slow` seconds (so that threads calling at once overlap) and records each call's
    value in Config.inits."""

    class Config(metaclass=Singleton):
        inits = []

        def __init__(self, value=None):
            Config.inits.append(value)
            if slow:
                sleep(slow)
            self.value = value

    return Config


def make_subclass(base):
    """A new class Sub(base), which inherits base's __init__ (and metaclass)."""

    class Sub(base):
        pass

    return Sub


def _race(calls, deadline=1.5):
    """Run the callables of `calls` in threads that start together; returns what each
    returned (None if it raised or did not finish), the exceptions raised, and the
    number of threads still running at the deadline. A NotImplementedError (the
    starter's) is raised again here, so that it is reported as such."""
    barrier = _Barrier(len(calls))
    results = [None] * len(calls)
    errors = []
    unwritten = []

    def run(index):
        try:
            barrier.wait(2.0)
            results[index] = calls[index]()
        except NotImplementedError as error:
            unwritten.append(error)
        except BaseException as error:
            errors.append(type(error).__name__)

    threads = [_Thread(target=run, args=(i,), daemon=True) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    end = monotonic() + deadline
    for thread in threads:
        thread.join(max(0.0, end - monotonic()))
    if unwritten:
        raise unwritten[0]
    return results, sorted(set(errors)), sum(1 for thread in threads if thread.is_alive())


def concurrent_creation(threads=16):
    """`threads` threads call Config(i) on a fresh class with a slow __init__ at the
    same moment. Returns (how many distinct objects they got, how many times __init__
    ran, how many got an instance of Config, the exceptions raised, the threads still
    running)."""
    config = make_config(slow=0.03)
    results, errors, running = _race([lambda i=i: config(i) for i in range(threads)])
    got = [result for result in results if result is not None]
    return (
        len(set(id(result) for result in got)),
        len(config.inits),
        sum(1 for result in got if type(result) is config),
        errors,
        running,
    )


def concurrent_subclass_creation(threads=16):
    """Half the threads call Base(), the other half Sub() (a subclass of Base), at the
    same moment; __init__ is slow. Returns (distinct objects got for Base, for Sub,
    whether Base's instance is a Base and Sub's a Sub, how many times __init__ ran, the
    exceptions raised, the threads still running)."""
    base = make_config(slow=0.03)
    sub = make_subclass(base)
    half = threads // 2
    calls = [base] * half + [sub] * half
    results, errors, running = _race(calls)
    bases = [result for result in results[:half] if result is not None]
    subs = [result for result in results[half:] if result is not None]
    kinds = (
        bool(bases) and all(type(result) is base for result in bases),
        bool(subs) and all(type(result) is sub for result in subs),
    )
    return (
        len(set(map(id, bases))),
        len(set(map(id, subs))),
        kinds,
        len(base.inits),
        errors,
        running,
    )


def nested_creation():
    """A singleton class whose __init__ creates an instance of another singleton class,
    created in a thread (so that a deadlock cannot hang the case). Returns what the
    call did within 1 s, and whether the inner instance is the other class's one
    instance."""

    class Inner(metaclass=Singleton):
        pass

    class Outer(metaclass=Singleton):
        def __init__(self):
            self.inner = Inner()

    results, errors, running = _race([Outer], deadline=1.0)
    if running:
        return ("still running", None)
    if errors:
        return ("raised", errors)
    return ("returned", results[0].inner is Inner())
