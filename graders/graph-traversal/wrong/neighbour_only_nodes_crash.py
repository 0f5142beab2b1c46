# expect: runtime_error
# Looks every node up with graph[node]: a node that appears only as a neighbour (as a
# start, or reached on the way) raises KeyError instead of having no neighbours.
from collections import deque


def bfs(graph, start):
    order, seen, queue = [start], {start}, deque([start])
    while queue:
        for neighbour in graph[queue.popleft()]:
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
        stack.extend(reversed(graph[node]))
    return order
