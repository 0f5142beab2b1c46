# expect: runtime_error
# Pushes (distance, node) onto the heap: when two distances tie, heapq compares the
# nodes themselves, and nodes of different types (1 and 'a') raise TypeError.
import heapq


def shortest_path(graph, start, goal):
    for edges in graph.values():
        for weight in edges.values():
            if weight < 0:
                raise ValueError("negative edge weight")
    if start == goal:
        return (0, [start])
    distance = {start: 0}
    previous = {}
    heap = [(0, start)]
    while heap:
        dist, node = heapq.heappop(heap)
        if dist > distance[node]:
            continue
        if node == goal:
            path = [goal]
            while path[-1] != start:
                path.append(previous[path[-1]])
            return (dist, path[::-1])
        for neighbour, weight in graph.get(node, {}).items():
            if neighbour not in distance or dist + weight < distance[neighbour]:
                distance[neighbour] = dist + weight
                previous[neighbour] = node
                heapq.heappush(heap, (dist + weight, neighbour))
    return None
