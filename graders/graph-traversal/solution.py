"""Breadth-first and depth-first traversal of a graph given as adjacency lists."""

from collections import deque


def _check_start(graph, start):
    """Raise KeyError unless `start` is a key or a neighbour of some node."""
    if start in graph:
        return
    if any(start in neighbours for neighbours in graph.values()):
        return
    raise KeyError(start)


def bfs(graph: dict, start) -> list:
    """The nodes reachable from `start`, each once, in breadth-first order
    (neighbours in list order). Raise KeyError when `start` is not a node."""
    _check_start(graph, start)
    order = [start]
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for neighbour in graph.get(node, ()):
            if neighbour not in seen:
                seen.add(neighbour)
                order.append(neighbour)
                queue.append(neighbour)
    return order


def dfs(graph: dict, start) -> list:
    """The nodes reachable from `start`, each once, in the preorder of the recursive
    depth-first search (neighbours in list order), without recursing.
    Raise KeyError when `start` is not a node."""
    _check_start(graph, start)
    order = []
    visited = set()
    stack = [start]
    while stack:
        node = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        order.append(node)
        # Reversed, so that the first neighbour is popped (visited) first.
        stack.extend(reversed(graph.get(node, ())))
    return order
