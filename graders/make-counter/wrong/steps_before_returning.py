# expect: wrong_answer
# Adds the step before returning: the first call returns start + step, not start.


def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count

    return counter
