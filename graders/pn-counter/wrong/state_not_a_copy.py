# expect: wrong_answer
# state() hands out the replica's own dicts and from_state() keeps the dicts it is
# given: a "snapshot" changes when the replica changes later.


class PNCounter:
    def __init__(self, node_id):
        self.node_id = node_id
        self.p = {}
        self.n = {}

    def increment(self, n=1):
        if n < 0:
            raise ValueError("negative")
        self.p[self.node_id] = self.p.get(self.node_id, 0) + n

    def decrement(self, n=1):
        if n < 0:
            raise ValueError("negative")
        self.n[self.node_id] = self.n.get(self.node_id, 0) + n

    def value(self):
        return sum(self.p.values()) - sum(self.n.values())

    def merge(self, other):
        for mine, theirs in ((self.p, other.p), (self.n, other.n)):
            for node, count in theirs.items():
                mine[node] = max(mine.get(node, 0), count)

    def state(self):
        return {"p": self.p, "n": self.n}

    @classmethod
    def from_state(cls, node_id, state):
        counter = cls(node_id)
        counter.p = state["p"]
        counter.n = state["n"]
        return counter
