# expect: wrong_answer
# Keeps only the total P and N of the whole counter, not one pair per node, and merges
# by the larger total: increments made on two nodes at the same time are not both
# counted.


class PNCounter:
    def __init__(self, node_id):
        self.node_id = node_id
        self.p = 0
        self.n = 0

    def increment(self, n=1):
        if n < 0:
            raise ValueError("negative")
        self.p += n

    def decrement(self, n=1):
        if n < 0:
            raise ValueError("negative")
        self.n += n

    def value(self):
        return self.p - self.n

    def merge(self, other):
        self.p = max(self.p, other.p)
        self.n = max(self.n, other.n)

    def state(self):
        return {"p": self.p, "n": self.n}

    @classmethod
    def from_state(cls, node_id, state):
        counter = cls(node_id)
        counter.p = state["p"]
        counter.n = state["n"]
        return counter
