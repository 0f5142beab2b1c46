# expect: time_limit_exceeded
# Finds the next node of the order by scanning all remaining nodes for one without
# incoming edges, recounting the edges each time: O(V * E), far too slow for a path of
# 100,000 nodes. has_cycle asks topological_order.


def topological_order(graph):
    remaining = list(dict.fromkeys(list(graph) + [n for ns in graph.values() for n in ns]))
    order = []
    while remaining:
        left = set(remaining)
        targets = set()
        for node in remaining:
            for neighbour in graph.get(node, ()):
                if neighbour in left:
                    targets.add(neighbour)
        sources = [node for node in remaining if node not in targets]
        if not sources:
            raise ValueError("the graph has a cycle")
        order.append(sources[0])
        remaining.remove(sources[0])
    return order


def has_cycle(graph):
    try:
        topological_order(graph)
    except ValueError:
        return True
    return False
