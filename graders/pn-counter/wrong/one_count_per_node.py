# expect: wrong_answer
# Keeps a single net count per node (increments minus decrements) and merges by the
# larger one: a decrement lowers the count, so a merge keeps the stale, larger value
# and the decrement is lost.


class PNCounter:
    def __init__(self, node_id):
        self.node_id = node_id
        self.counts = {}

    def increment(self, n=1):
        if n < 0:
            raise ValueError("negative")
        self.counts[self.node_id] = self.counts.get(self.node_id, 0) + n

    def decrement(self, n=1):
        if n < 0:
            raise ValueError("negative")
        self.counts[self.node_id] = self.counts.get(self.node_id, 0) - n

    def value(self):
        return sum(self.counts.values())

    def merge(self, other):
        for node, count in other.counts.items():
            self.counts[node] = max(self.counts.get(node, count), count)

    def state(self):
        return {"counts": dict(self.counts)}

    @classmethod
    def from_state(cls, node_id, state):
        counter = cls(node_id)
        counter.counts = dict(state["counts"])
        return counter
