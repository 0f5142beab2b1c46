# expect: wrong_answer
# The iterative dfs marks a node as seen when it is pushed: a node pushed early is then
# never pushed again from deeper down, so it is visited later than the recursive search
# visits it.
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
    order, seen, stack = [], {start}, [start]
    while stack:
        node = stack.pop()
        order.append(node)
        for neighbour in reversed(graph.get(node, [])):
            if neighbour not in seen:
                seen.add(neighbour)
                stack.append(neighbour)
    return order
