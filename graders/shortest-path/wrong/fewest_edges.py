# expect: wrong_answer
# A breadth-first search: finds the path with the fewest edges, which is not always the
# cheapest one.
from collections import deque


def shortest_path(graph, start, goal):
    for edges in graph.values():
        for weight in edges.values():
            if weight < 0:
                raise ValueError("negative edge weight")
    if start == goal:
        return (0, [start])
    previous = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for neighbour in graph.get(node, {}):
            if neighbour not in previous:
                previous[neighbour] = node
                queue.append(neighbour)
    if goal not in previous:
        return None
    path = [goal]
    while path[-1] != start:
        path.append(previous[path[-1]])
    path.reverse()
    return (sum(graph[a][b] for a, b in zip(path, path[1:])), path)
