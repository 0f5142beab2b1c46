"""The cheapest path between two nodes of a weighted directed graph (Dijkstra)."""


def shortest_path(graph: dict, start, goal):
    """Return (distance, path) for a cheapest path from start to goal (path a list of
    nodes, start and goal included), None when goal is unreachable, (0, [start]) when
    start == goal. Raise ValueError when any weight in graph is negative."""
    raise NotImplementedError("write shortest_path")
