"""Cycle detection and topological order in a directed graph."""


def has_cycle(graph: dict) -> bool:
    """True when some path leads from a node back to itself (a self-loop counts)."""
    raise NotImplementedError("write has_cycle")


def topological_order(graph: dict) -> list:
    """Every node (keys and neighbours) once, each edge pointing forward.
    Raise ValueError when the graph has a cycle."""
    raise NotImplementedError("write topological_order")
