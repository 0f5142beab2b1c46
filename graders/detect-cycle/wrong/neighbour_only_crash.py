# expect: runtime_error
# Looks every node's neighbours up with graph[node]: a node that appears only as a
# neighbour raises KeyError instead of having no edges out.


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
                if neighbour in on_path:
                    return True
                if neighbour not in done:
                    on_path.add(neighbour)
                    stack.append((neighbour, iter(graph[neighbour])))
                    break
            else:
                stack.pop()
                on_path.discard(node)
                done.add(node)
    return False


def topological_order(graph):
    incoming = {node: 0 for node in graph}
    for neighbours in graph.values():
        for neighbour in neighbours:
            incoming[neighbour] += 1
    ready = [node for node in graph if incoming[node] == 0]
    order = []
    while ready:
        node = ready.pop()
        order.append(node)
        for neighbour in graph[node]:
            incoming[neighbour] -= 1
            if incoming[neighbour] == 0:
                ready.append(neighbour)
    if len(order) < len(incoming):
        raise ValueError("the graph has a cycle")
    return order
