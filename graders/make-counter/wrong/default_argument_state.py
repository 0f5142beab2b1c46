# expect: wrong_answer
# Keeps the count in a mutable default argument of the counter: it works, but the
# counter takes a parameter and its state is not in the closure.


def make_counter(start=0, step=1):
    def counter(state=[start - step]):
        state[0] += step
        return state[0]

    return counter
