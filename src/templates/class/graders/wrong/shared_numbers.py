# expect: wrong_answer
# Keeps the numbers in a class attribute, so every instance shares one list.


class {class}:
    numbers = []

    def add(self, number):
        self.numbers.append(number)

    def mean(self):
        if not self.numbers:
            raise ValueError("no numbers yet")
        return sum(self.numbers) / len(self.numbers)
