"""A PN-counter: a counter that replicas update independently and merge without
conflicts (a conflict-free replicated data type, CRDT)."""


class PNCounter:
    """One replica of a distributed counter, owned by the node `node_id`."""

    def __init__(self, node_id: str):
        """A new replica of node `node_id`, with the value 0."""
        raise NotImplementedError("write PNCounter.__init__")

    def increment(self, n: int = 1) -> None:
        """Add n to the counter; raise ValueError when n < 0."""
        raise NotImplementedError("write PNCounter.increment")

    def decrement(self, n: int = 1) -> None:
        """Subtract n from the counter; raise ValueError when n < 0."""
        raise NotImplementedError("write PNCounter.decrement")

    def value(self) -> int:
        """The counter's value as this replica knows it."""
        raise NotImplementedError("write PNCounter.value")

    def merge(self, other: "PNCounter") -> None:
        """Fold what another replica knows into this one (commutative, associative,
        idempotent); `other` is not changed."""
        raise NotImplementedError("write PNCounter.merge")

    def state(self) -> dict:
        """A JSON-ready snapshot (a copy) of what this replica knows."""
        raise NotImplementedError("write PNCounter.state")

    @classmethod
    def from_state(cls, node_id: str, state: dict) -> "PNCounter":
        """A replica owned by `node_id` that knows everything `state` records."""
        raise NotImplementedError("write PNCounter.from_state")
