# expect: wrong_answer
# has_cycle searches only from the first key: a cycle in a part of the graph that the
# first node does not reach is missed.
from collections import deque


def has_cycle(graph):
    if not graph:
        return False
    root = next(iter(graph))
    on_path, done = {root}, set()
    stack = [(root, iter(graph[root]))]
    while stack:
        node, neighbours = stack[-1]
        for neighbour in neighbours:
            if neighbour in on_path:
                return True
            if neighbour not in done:
                on_path.add(neighbour)
                stack.append((neighbour, iter(graph.get(neighbour, ()))))
                break
        else:
            stack.pop()
            on_path.discard(node)
            done.add(node)
    return False

def topological_order(graph):
    nodes = list(dict.fromkeys(list(graph) + [n for ns in graph.values() for n in ns]))
    incoming = dict.fromkeys(nodes, 0)
    for neighbours in graph.values():
        for neighbour in neighbours:
            incoming[neighbour] += 1
    ready = deque(node for node in nodes if incoming[node] == 0)
    order = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for neighbour in graph.get(node, ()):
            incoming[neighbour] -= 1
            if incoming[neighbour] == 0:
                ready.append(neighbour)
    if len(order) < len(nodes):
        raise ValueError("the graph has a cycle")
    return order

