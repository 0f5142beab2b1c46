# expect: runtime_error
# Keys its counts by (node, sign) tuples and hands that dict out as the state: JSON
# object keys must be strings, so json.dumps(counter.state()) raises TypeError.


class PNCounter:
    def __init__(self, node_id):
        self.node_id = node_id
        self.counts = {}

    def _add(self, sign, n):
        if n < 0:
            raise ValueError("negative")
        key = (self.node_id, sign)
        self.counts[key] = self.counts.get(key, 0) + n

    def increment(self, n=1):
        self._add("+", n)

    def decrement(self, n=1):
        self._add("-", n)

    def value(self):
        return sum(c if sign == "+" else -c for (node, sign), c in self.counts.items())

    def merge(self, other):
        for key, count in other.counts.items():
            self.counts[key] = max(self.counts.get(key, 0), count)

    def state(self):
        return dict(self.counts)

    @classmethod
    def from_state(cls, node_id, state):
        counter = cls(node_id)
        counter.counts = {tuple(key): count for key, count in state.items()}
        return counter
