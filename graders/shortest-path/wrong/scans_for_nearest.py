# expect: time_limit_exceeded
# Dijkstra without a heap: every step scans all tentative distances for the nearest
# node, O(V^2) in all, far too slow for 50,000 nodes.


def shortest_path(graph, start, goal):
    for edges in graph.values():
        for weight in edges.values():
            if weight < 0:
                raise ValueError("negative edge weight")
    if start == goal:
        return (0, [start])
    tentative = {start: 0}
    previous = {}
    done = set()
    while tentative:
        node = min(tentative, key=tentative.get)
        dist = tentative.pop(node)
        done.add(node)
        if node == goal:
            path = [goal]
            while path[-1] != start:
                path.append(previous[path[-1]])
            return (dist, path[::-1])
        for neighbour, weight in graph.get(node, {}).items():
            if neighbour in done:
                continue
            if neighbour not in tentative or dist + weight < tentative[neighbour]:
                tentative[neighbour] = dist + weight
                previous[neighbour] = node
    return None
