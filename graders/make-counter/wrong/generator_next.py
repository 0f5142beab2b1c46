# expect: wrong_answer
# Returns the __next__ of a generator: it counts correctly, but it is a method-wrapper,
# not a plain function with the count in its closure.


def make_counter(start=0, step=1):
    def numbers():
        value = start
        while True:
            yield value
            value += step

    return numbers().__next__
