# expect: wrong_answer
# Never checks that `start` is a node: an unknown start gives [start] instead of
# raising KeyError.
from collections import deque


def bfs(graph, start):
    order, seen, queue = [start], {start}, deque([start])
    while queue:
        for neighbour in graph.get(queue.popleft(), []):
            if neighbour not in seen:
                seen.add(neighbour)
                order.append(neighbour)
                queue.append(neighbour)
    return order


def dfs(graph, start):
    order, visited, stack = [], set(), [start]
    while stack:
        node = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        order.append(node)
        stack.extend(reversed(graph.get(node, [])))
    return order
