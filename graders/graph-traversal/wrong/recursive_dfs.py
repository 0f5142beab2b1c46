# expect: runtime_error
# dfs recurses once per node: right on small graphs, but a path of 100,000 nodes is far
# deeper than Python's recursion limit (RecursionError).
from collections import deque


def _check_start(graph, start):
    if start not in graph and not any(start in n for n in graph.values()):
        raise KeyError(start)


def bfs(graph, start):
    _check_start(graph, start)
    order, seen, queue = [start], {start}, deque([start])
    while queue:
        for neighbour in graph.get(queue.popleft(), []):
            if neighbour not in seen:
                seen.add(neighbour)
                order.append(neighbour)
                queue.append(neighbour)
    return order


def dfs(graph, start):
    _check_start(graph, start)
    order, visited = [], set()

    def visit(node):
        if node not in visited:
            visited.add(node)
            order.append(node)
            for neighbour in graph.get(node, []):
                visit(neighbour)

    visit(start)
    return order
