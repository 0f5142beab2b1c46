# expect: wrong_answer
# Stores the node id in the state and from_state() brings it back, ignoring the
# node_id it is given: the rebuilt replica's changes count for the old node and clash
# with that node's own.


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
        return {"node": self.node_id, "p": dict(self.p), "n": dict(self.n)}

    @classmethod
    def from_state(cls, node_id, state):
        counter = cls(state["node"])
        counter.p = dict(state["p"])
        counter.n = dict(state["n"])
        return counter
