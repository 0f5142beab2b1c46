"""Trusted test code for retry: functions that fail on cue and record every attempt."""


class Halt(BaseException):
    """An exception that derives from BaseException but not from Exception."""


def flaky(failures, error=ValueError, result="done"):
    """A function that raises on its first `failures` calls, then returns `result`.

    `error` is an exception class, or a list of classes (one per failing call, in
    order). Each raised exception is a new object, with the message 'attempt N'.
    The function records every call's arguments in `.calls` and every exception it
    raised in `.raised`, so a step can check how often it ran and what it raised."""

    def fetch(*args, **kwargs):
        """Fetch something; fails the first few times."""
        fetch.calls.append((args, kwargs))
        attempt = len(fetch.calls)
        if attempt <= failures:
            kind = error[attempt - 1] if isinstance(error, list) else error
            exception = kind("attempt %d" % attempt)
            fetch.raised.append(exception)
            raise exception
        return result

    fetch.calls = []
    fetch.raised = []
    return fetch


def scripted(outcomes):
    """A function whose successive calls follow `outcomes`: an exception class means
    raise one (message 'call N'), anything else is returned. Records like flaky()."""

    def job(*args, **kwargs):
        """Run a job."""
        job.calls.append((args, kwargs))
        outcome = outcomes[len(job.calls) - 1]
        if isinstance(outcome, type) and issubclass(outcome, BaseException):
            exception = outcome("call %d" % len(job.calls))
            job.raised.append(exception)
            raise exception
        return outcome

    job.calls = []
    job.raised = []
    return job


def catch(call, *args, **kwargs):
    """Call call(*args, **kwargs) and return the exception it raised (None when it
    returned), so that a step can look at that very object."""
    try:
        call(*args, **kwargs)
    except BaseException as error:
        return error
    return None


def positions(exception, raised):
    """The indices in `raised` of the objects that are `exception` itself (by
    identity): [2] means it is the third exception the function raised; [] that it is
    none of them (a new exception)."""
    return [index for index, candidate in enumerate(raised) if candidate is exception]
