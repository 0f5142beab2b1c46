# expect: wrong_answer
# Skips edges from a node to itself, as if a self-loop were no cycle: has_cycle misses
# it, and topological_order orders a graph that has no valid order.
from collections import deque


def has_cycle(graph):
    on_path, done = set(), set()
    for root in graph:
        if root in done:
            continue
        on_path.add(root)
        stack = [(root, iter(graph[root]))]
        while stack:
            node, neighbours = stack[-1]
            for neighbour in neighbours:
                if neighbour == node:
                    continue
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
    for node, neighbours in graph.items():
        for neighbour in neighbours:
            if neighbour != node:
                incoming[neighbour] += 1
    ready = deque(node for node in nodes if incoming[node] == 0)
    order = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for neighbour in graph.get(node, ()):
            if neighbour != node:
                incoming[neighbour] -= 1
                if incoming[neighbour] == 0:
                    ready.append(neighbour)
    if len(order) < len(nodes):
        raise ValueError("the graph has a cycle")
    return order
