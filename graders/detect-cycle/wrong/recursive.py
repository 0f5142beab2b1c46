# expect: runtime_error
# Both functions recurse once per node along a path: right on small graphs, but a path
# of 100,000 nodes is far deeper than Python's recursion limit (RecursionError).


def has_cycle(graph):
    state = {}  # 1: on the current path, 2: finished

    def visit(node):
        state[node] = 1
        for neighbour in graph.get(node, []):
            if state.get(neighbour) == 1:
                return True
            if neighbour not in state and visit(neighbour):
                return True
        state[node] = 2
        return False

    return any(node not in state and visit(node) for node in list(graph))


def topological_order(graph):
    state, order = {}, []

    def visit(node):
        state[node] = 1
        for neighbour in graph.get(node, []):
            if state.get(neighbour) == 1:
                raise ValueError("the graph has a cycle")
            if neighbour not in state:
                visit(neighbour)
        state[node] = 2
        order.append(node)

    for node in list(graph):
        if node not in state:
            visit(node)
    return order[::-1]
