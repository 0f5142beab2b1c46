# expect: wrong_answer
# A known-wrong solution: its first line declares the verdict it must get on at least
# one case (`coach validate` checks that it does). Keep one per mistake you expect
# learners to make, so the tests are proven to catch it. Replace these with yours.
#
# This one returns 0 for an empty tracker instead of raising ValueError.


class {class}:
    def __init__(self):
        self.total = 0
        self.count = 0

    def add(self, number):
        self.total += number
        self.count += 1

    def mean(self):
        if self.count == 0:
            return 0
        return self.total / self.count
