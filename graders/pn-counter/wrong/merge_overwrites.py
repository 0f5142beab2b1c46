# expect: wrong_answer
# Merges with dict.update: the other replica's count for a node replaces this one's
# even when it is older (smaller), so merging a stale state takes changes back.


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
        self.p.update(other.p)
        self.n.update(other.n)

    def state(self):
        return {"p": dict(self.p), "n": dict(self.n)}

    @classmethod
    def from_state(cls, node_id, state):
        counter = cls(node_id)
        counter.p = dict(state["p"])
        counter.n = dict(state["n"])
        return counter
