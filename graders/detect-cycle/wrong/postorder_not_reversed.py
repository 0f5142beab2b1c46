# expect: wrong_answer
# topological_order returns the depth-first postorder as it is: a node comes after
# everything it points to, so every edge points backward. It must be reversed.
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
    state, order = {}, []
    for root in list(graph):
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(graph.get(root, ())))]
        while stack:
            node, neighbours = stack[-1]
            for neighbour in neighbours:
                if state.get(neighbour) == 1:
                    raise ValueError("the graph has a cycle")
                if neighbour not in state:
                    state[neighbour] = 1
                    stack.append((neighbour, iter(graph.get(neighbour, ()))))
                    break
            else:
                stack.pop()
                state[node] = 2
                order.append(node)
    return order
