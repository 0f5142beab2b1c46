# expect: wrong_answer
# Merges by adding the other replica's counts to its own instead of keeping the larger
# one: merging the same state twice counts it twice.


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
        state = other.state()
        for node, count in state["p"].items():
            self.p[node] = self.p.get(node, 0) + count
        for node, count in state["n"].items():
            self.n[node] = self.n.get(node, 0) + count

    def state(self):
        return {"p": dict(self.p), "n": dict(self.n)}

    @classmethod
    def from_state(cls, node_id, state):
        counter = cls(node_id)
        counter.p = dict(state["p"])
        counter.n = dict(state["n"])
        return counter
