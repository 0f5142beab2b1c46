# expect: wrong_answer
# has_cycle keeps one set of visited nodes and calls any node seen again a cycle: a node
# reached along two different paths (a -> b -> c and a -> c) is taken for a cycle.
from collections import deque


def has_cycle(graph):
    seen = set()
    for root in graph:
        if root in seen:
            continue
        seen.add(root)
        stack = [root]
        while stack:
            node = stack.pop()
            for neighbour in graph.get(node, ()):
                if neighbour in seen:
                    return True
                seen.add(neighbour)
                stack.append(neighbour)
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

