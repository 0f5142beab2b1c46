"""Dijkstra's shortest path, with a binary heap."""

import heapq
from itertools import count


def shortest_path(graph: dict, start, goal):
    """Return (distance, path) for a cheapest path from start to goal, None when goal
    is unreachable, (0, [start]) when start == goal. Raise ValueError on a negative
    weight anywhere in graph."""
    for edges in graph.values():
        for weight in edges.values():
            if weight < 0:
                raise ValueError("negative edge weight: %r" % (weight,))
    if start == goal:
        return (0, [start])
    distance = {start: 0}
    previous = {}
    done = set()
    tie = count()  # nodes need not be comparable: ties are broken by push order
    heap = [(0, next(tie), start)]
    while heap:
        dist, _, node = heapq.heappop(heap)
        if node in done:
            continue
        if node == goal:
            path = [goal]
            while path[-1] != start:
                path.append(previous[path[-1]])
            path.reverse()
            return (dist, path)
        done.add(node)
        for neighbour, weight in graph.get(node, {}).items():
            candidate = dist + weight
            if neighbour not in distance or candidate < distance[neighbour]:
                distance[neighbour] = candidate
                previous[neighbour] = node
                heapq.heappush(heap, (candidate, next(tie), neighbour))
    return None
