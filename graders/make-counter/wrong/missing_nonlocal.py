# expect: runtime_error
# Assigns to the enclosing variable without `nonlocal`: Python makes it a local of the
# counter, and the first call raises UnboundLocalError.


def make_counter(start=0, step=1):
    count = start - step

    def counter():
        count += step
        return count

    return counter
