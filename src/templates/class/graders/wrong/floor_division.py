# expect: wrong_answer
# Divides with //, which rounds the mean down to a whole number.


class {class}:
    def __init__(self):
        self.total = 0
        self.count = 0

    def add(self, number):
        self.total += number
        self.count += 1

    def mean(self):
        if self.count == 0:
            raise ValueError("no numbers yet")
        return self.total // self.count
