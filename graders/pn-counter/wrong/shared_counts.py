# expect: wrong_answer
# Creates the count dicts once, as class attributes: every replica in the process
# shares them, so a new counter starts with the counts of all the others.

class PNCounter:
    """One replica of a distributed counter. Each node counts its own increments (P)
    and decrements (N); merging keeps, for every node, the larger count seen."""

    _p = {}  # node id -> total increments made by that node
    _n = {}  # node id -> total decrements made by that node

    def __init__(self, node_id: str):
        """An empty replica owned by node `node_id`."""
        self.node_id = node_id

    def increment(self, n: int = 1) -> None:
        """Add n (n >= 0) to the counter."""
        if n < 0:
            raise ValueError("n must not be negative")
        self._p[self.node_id] = self._p.get(self.node_id, 0) + n

    def decrement(self, n: int = 1) -> None:
        """Subtract n (n >= 0) from the counter."""
        if n < 0:
            raise ValueError("n must not be negative")
        self._n[self.node_id] = self._n.get(self.node_id, 0) + n

    def value(self) -> int:
        """The counter's value as this replica knows it."""
        return sum(self._p.values()) - sum(self._n.values())

    def merge(self, other: "PNCounter") -> None:
        """Fold another replica's state into this one."""
        self._absorb(other.state())

    def state(self) -> dict:
        """A JSON-ready snapshot of this replica's knowledge."""
        return {"p": dict(self._p), "n": dict(self._n)}

    @classmethod
    def from_state(cls, node_id: str, state: dict) -> "PNCounter":
        """A replica owned by `node_id` that knows what `state` records."""
        counter = cls(node_id)
        counter._absorb(state)
        return counter

    def _absorb(self, state):
        for mine, theirs in ((self._p, state["p"]), (self._n, state["n"])):
            for node, count in theirs.items():
                if count > mine.get(node, 0):
                    mine[node] = count
