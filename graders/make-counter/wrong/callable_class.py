# expect: wrong_answer
# Returns an instance of a class with __call__: it counts correctly, but it is an
# object of a class, not a function with the count in its closure.


class Counter:
    def __init__(self, start, step):
        self.upcoming = start
        self.step = step

    def __call__(self):
        value = self.upcoming
        self.upcoming += self.step
        return value


def make_counter(start=0, step=1):
    return Counter(start, step)
