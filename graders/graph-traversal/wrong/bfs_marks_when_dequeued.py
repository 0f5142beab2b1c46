# expect: wrong_answer
# bfs marks a node only when it leaves the queue, and does not skip it then: a node that
# two visited nodes both point to is queued, and listed, twice.
from collections import deque


def _check_start(graph, start):
    if start not in graph and not any(start in n for n in graph.values()):
        raise KeyError(start)


def bfs(graph, start):
    _check_start(graph, start)
    order, visited, queue = [], set(), deque([start])
    while queue:
        node = queue.popleft()
        visited.add(node)
        order.append(node)
        for neighbour in graph.get(node, []):
            if neighbour not in visited:
                queue.append(neighbour)
    return order


def dfs(graph, start):
    _check_start(graph, start)
    order, visited, stack = [], set(), [start]
    while stack:
        node = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        order.append(node)
        stack.extend(reversed(graph.get(node, [])))
    return order
