"""Breadth-first and depth-first traversal of a graph given as adjacency lists."""


def bfs(graph: dict, start) -> list:
    """The nodes reachable from `start`, each once, in breadth-first order
    (neighbours in list order). Raise KeyError when `start` is not a node."""
    raise NotImplementedError("write bfs")


def dfs(graph: dict, start) -> list:
    """The nodes reachable from `start`, each once, in the preorder of the recursive
    depth-first search (neighbours in list order), without recursing.
    Raise KeyError when `start` is not a node."""
    raise NotImplementedError("write dfs")
