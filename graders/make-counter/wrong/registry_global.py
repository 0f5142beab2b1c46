# expect: wrong_answer
# Keeps every counter's count in a module-level list, indexed by the counter: counters
# are independent, but the state is global, not in the closure.
_counts = []


def make_counter(start=0, step=1):
    index = len(_counts)
    _counts.append(start)

    def counter():
        value = _counts[index]
        _counts[index] += step
        return value

    return counter
