# expect: runtime_error
# Never sets up its running total, so the first add() raises AttributeError.


class {class}:
    def add(self, number):
        self.total += number
        self.count += 1

    def mean(self):
        if self.count == 0:
            raise ValueError("no numbers yet")
        return self.total / self.count
