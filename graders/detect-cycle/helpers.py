"""Trusted test code for detect-cycle: checks a topological order against its graph
(any valid order is right) and builds large graphs."""

import random


def order_problems(graph, order):
    """The problems of `order` as a topological order of `graph`: nodes missing, repeated
    or unknown, and edges that do not point forward. At most five, sorted; [] when the
    order is valid."""
    problems = []
    if type(order) is not list:
        problems.append("the result is a %s, not a list" % type(order).__name__)
        order = list(order)
    nodes = set(graph)
    for neighbours in graph.values():
        nodes.update(neighbours)
    position = {}
    for index, node in enumerate(order):
        if node in position:
            problems.append("%r appears twice" % (node,))
        elif node not in nodes:
            problems.append("%r is not a node of the graph" % (node,))
        else:
            position[node] = index
    missing = [node for node in nodes if node not in position]
    problems.extend("%r is missing" % (node,) for node in missing)
    for node, neighbours in graph.items():
        for neighbour in neighbours:
            if node in position and neighbour in position and position[neighbour] <= position[node]:
                problems.append("the edge %r -> %r points backward" % (node, neighbour))
    return sorted(problems)[:5]


def check_order(graph):
    """Runs topological_order(graph) and lists the problems of its result."""
    return order_problems(graph, topological_order(graph))


def long_path(n, closed=False):
    """0 -> 1 -> ... -> n-1, with a shortcut i -> i+2 from every third node, listed
    first; the last node is only a neighbour. `closed` adds n-1 -> 0: one long cycle."""
    graph = {}
    for node in range(n - 1):
        graph[node] = [node + 2, node + 1] if node % 3 == 0 and node + 2 < n else [node + 1]
    if closed:
        graph[n - 1] = [0]
    return graph


def path_has_cycle(n, closed=False):
    return has_cycle(long_path(n, closed))


def path_order(n, closed=False):
    """(length, problems) of topological_order on long_path(n, closed)."""
    graph = long_path(n, closed)
    order = topological_order(graph)
    return (len(order), order_problems(graph, order))


def random_graph(seed, nodes, edges, chain=False, back=None):
    """A seeded random DAG: the nodes get a random rank and every edge goes from a lower
    rank to a higher one; keys come in random order, and some nodes with no edge out are
    not keys. `chain` adds an edge from each rank to the next; `back=(i, j)` adds an edge
    from rank i back to rank j < i, closing a cycle when there is a path from j to i."""
    rng = random.Random(seed)
    rank = list(range(nodes))
    rng.shuffle(rank)  # rank[r] is the node of rank r
    out = {node: [] for node in rank}
    draw = rng.random
    for _ in range(edges):
        low, high = int(draw() * nodes), int(draw() * nodes)
        if low != high:
            out[rank[min(low, high)]].append(rank[max(low, high)])
    if chain:
        for r in range(nodes - 1):
            out[rank[r]].append(rank[r + 1])
    if back is not None:
        out[rank[back[0]]].append(rank[back[1]])
    keys = list(out)
    rng.shuffle(keys)
    return {node: out[node] for node in keys if out[node] or rng.random() < 0.5}


def random_has_cycle(seed, nodes, edges, chain=False, back=None):
    return has_cycle(random_graph(seed, nodes, edges, chain, back))


def random_order(seed, nodes, edges, chain=False, back=None):
    """(length, problems) of topological_order on random_graph(...)."""
    graph = random_graph(seed, nodes, edges, chain, back)
    order = topological_order(graph)
    return (len(order), order_problems(graph, order))
