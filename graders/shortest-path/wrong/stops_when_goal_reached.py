# expect: wrong_answer
# Returns as soon as the goal is first reached by an edge, before it is taken off the
# heap: a cheaper path through nodes not yet settled is never found.
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
        for neighbour, weight in graph.get(node, {}).items():
            if neighbour not in distance or dist + weight < distance[neighbour]:
                distance[neighbour] = dist + weight
                previous[neighbour] = node
                if neighbour == goal:
                    path = [goal]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return (distance[goal], path[::-1])
                heapq.heappush(heap, (dist + weight, next(tie), neighbour))
    return None
