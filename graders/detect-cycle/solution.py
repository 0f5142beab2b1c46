"""Cycle detection and topological order in a directed graph, without recursion."""

from collections import deque


def _nodes(graph):
    """Every node: the keys, then the nodes that appear only as neighbours."""
    nodes = dict.fromkeys(graph)
    for neighbours in graph.values():
        nodes.update(dict.fromkeys(neighbours))
    return list(nodes)


def has_cycle(graph: dict) -> bool:
    """True when some path leads from a node back to itself (a self-loop counts)."""
    on_path, done = set(), set()
    for root in graph:
        if root in done:
            continue
        # An explicit stack of (node, iterator over its neighbours): the nodes on the
        # stack are the current path; an edge back to one of them closes a cycle.
        on_path.add(root)
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


def topological_order(graph: dict) -> list:
    """Every node once, each edge pointing forward (Kahn's algorithm). Raise ValueError
    when the graph has a cycle."""
    nodes = _nodes(graph)
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
