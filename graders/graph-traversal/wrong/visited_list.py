# expect: time_limit_exceeded
# Keeps the visited nodes in a list: every `in` test scans it, so a traversal of n nodes
# takes O(n^2) time and a path of 100,000 nodes runs out of time.


def _check_start(graph, start):
    if start not in graph and not any(start in n for n in graph.values()):
        raise KeyError(start)


def bfs(graph, start):
    _check_start(graph, start)
    order, queue, head = [start], [start], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for neighbour in graph.get(node, []):
            if neighbour not in order:
                order.append(neighbour)
                queue.append(neighbour)
    return order


def dfs(graph, start):
    _check_start(graph, start)
    order, stack = [], [start]
    while stack:
        node = stack.pop()
        if node in order:
            continue
        order.append(node)
        stack.extend(reversed(graph.get(node, [])))
    return order
