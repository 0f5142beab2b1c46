# expect: time_limit_exceeded
# Relaxes an edge when the new distance is equal (<=), and only skips heap entries that
# are worse: around a cycle of zero weights the same nodes are pushed and popped forever.
import heapq
from itertools import count


def shortest_path(graph, start, goal):
    for edges in graph.values():
        for weight in edges.values():
            if weight < 0:
                raise ValueError("negative edge weight")
    if start == goal:
        return (0, [start])
    distance = {start: 0}
    previous = {}
    tie = count()
    heap = [(0, next(tie), start)]
    while heap:
        dist, _, node = heapq.heappop(heap)
        if dist > distance[node]:
            continue
        if node == goal:
            path = [goal]
            while path[-1] != start:
                path.append(previous[path[-1]])
            return (dist, path[::-1])
        for neighbour, weight in graph.get(node, {}).items():
            if neighbour not in distance or dist + weight <= distance[neighbour]:
                distance[neighbour] = dist + weight
                previous[neighbour] = node
                heapq.heappush(heap, (dist + weight, next(tie), neighbour))
    return None
