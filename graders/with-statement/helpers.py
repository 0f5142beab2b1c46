"""Trusted test code for with-statement: context managers that record what they see."""

import contextlib
import traceback


class Recorder:
    """A context manager that logs its calls to `log`. __enter__ returns `entered`
    (or raises `enter_raises`); __exit__ keeps its three arguments in `exit_args`, then
    raises `exit_raises` if given, else returns `returns`."""

    def __init__(self, entered="resource", returns=None, enter_raises=None, exit_raises=None):
        self.entered = entered
        self.returns = returns
        self.enter_raises = enter_raises
        self.exit_raises = exit_raises
        self.log = []
        self.exit_args = "never called"

    def __enter__(self):
        self.log.append("enter")
        if self.enter_raises is not None:
            raise self.enter_raises
        return self.entered

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit")
        self.exit_args = (exc_type, exc, tb)
        if self.exit_raises is not None:
            raise self.exit_raises
        return self.returns


class Halt(BaseException):
    """An exception that is not an Exception (like KeyboardInterrupt or SystemExit)."""


class ExitFailed(Exception):
    """What a failing __exit__ raises."""


class Boom(ValueError):
    """A subclass of a built-in exception."""


def failing_body(error, log=None):
    """A body that logs 'body' (and the value it got) and raises `error`."""

    def body(value):
        if log is not None:
            log.append(("body", value))
        raise error

    return body


def logging_body(log, result="result"):
    """A body that logs ('body', value) and returns `result`."""

    def body(value):
        log.append(("body", value))
        return result

    return body


def raised_by(call):
    """Call call() and return the exception it raised, or None when it raised nothing."""
    try:
        call()
    except BaseException as error:
        return error
    return None


def last_frame(tb):
    """The name of the function in the innermost entry of traceback `tb`."""
    return traceback.extract_tb(tb)[-1].name


class FromTheClass:
    """Its class's __enter__ and __exit__ log to `log`; __exit__ returns False."""

    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("class enter")
        return "from the class"

    def __exit__(self, *args):
        self.log.append("class exit")
        return False


def shadow_on_instance(manager):
    """Give the instance its own __enter__ and __exit__ (which the with statement
    ignores): they log to manager.log, and this __exit__ would suppress everything."""

    def enter():
        manager.log.append("instance enter")
        return "from the instance"

    def exit_(*args):
        manager.log.append("instance exit")
        return True

    manager.__enter__ = enter
    manager.__exit__ = exit_
    return manager


class Bare:
    """No context-manager methods on the class."""

    def __init__(self):
        self.log = []


class EnterOnly:
    """Its class has __enter__ (which logs) but no __exit__: not a context manager."""

    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self


@contextlib.contextmanager
def tagged(log, swallow=()):
    """A generator-based context manager: logs 'start', gives 'tag', logs the
    exceptions of the classes in `swallow` (which it swallows) and 'end'."""
    log.append("start")
    try:
        yield "tag"
    except swallow as error:
        log.append(("swallowed", type(error).__name__))
    finally:
        log.append("end")
