"""Trusted test code for make-counter: what making and calling counters does to the
learner's module."""


def _snapshot(space):
    """Each global: the object it names, and its size when it has one."""
    shot = {}
    for name, value in list(space.items()):
        try:
            size = len(value)
        except Exception:
            size = None
        shot[name] = (id(value), size)
    return shot


def globals_touched():
    """Makes three counters and calls them, and returns the names of the learner's
    module globals that were added, removed, rebound, or grew or shrank meanwhile."""
    space = getattr(make_counter, "__globals__", None)
    if space is None:
        return ["make_counter is not a plain function"]
    before = _snapshot(space)
    counters = [make_counter(), make_counter(10, 5), make_counter(step=2)]
    for _ in range(3):
        for counter in counters:
            counter()
    after = _snapshot(space)
    return sorted(name for name in set(before) | set(after) if before.get(name) != after.get(name))


def interleave(pattern, *counters):
    """Calls counters[i] for each i in `pattern`, in order, and returns every result."""
    return [counters[index]() for index in pattern]
