# expect: wrong_answer
# The iterative dfs pushes the neighbours in list order, so the LAST neighbour is popped
# first: a depth-first order, but not the one of the recursive search.
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
    order, visited, stack = [], set(), [start]
    while stack:
        node = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        order.append(node)
        stack.extend(graph.get(node, []))
    return order
