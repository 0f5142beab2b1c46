# The reference solution: `coach validate` checks that it passes every case, and
# times it to check the time limit. Learners never see it. Replace it with yours.


class {class}:
    """The running mean of the numbers added to it."""

    def __init__(self):
        self.total = 0
        self.count = 0

    def add(self, number):
        self.total += number
        self.count += 1

    def mean(self):
        if self.count == 0:
            raise ValueError("no numbers yet")
        return self.total / self.count
