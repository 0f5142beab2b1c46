"""Trusted test code for graph-traversal: large graphs, checked by what was returned."""

import random
from operator import mul


def _summary(result):
    """(length, first three, last three, checksum) of a list of int nodes. The checksum
    weighs each node by its position, so that the order matters."""
    checksum = sum(map(mul, result, range(1, len(result) + 1))) % 1000000007
    return (len(result), list(result[:3]), list(result[-3:]), checksum)


def long_path(traversal, n=100000):
    """A path 0 -> 1 -> ... -> n-1 (the last node only a neighbour). Every node also
    points back to 0, which is visited already. Runs `traversal` ('bfs' or 'dfs') from
    0 and summarises the result."""
    graph = {node: [node + 1, 0] for node in range(n - 1)}
    function = bfs if traversal == "bfs" else dfs
    return _summary(function(graph, 0))


def random_graph(traversal, seed, nodes=8000, edges=24000):
    """A seeded random directed graph (self-loops and repeated neighbours included; some
    nodes have no list of their own). Runs `traversal` from node 0 and summarises it."""
    rng = random.Random(seed)
    graph = {}
    for node in range(nodes):
        if rng.random() < 0.9:
            graph[node] = []
    keys = list(graph)
    for _ in range(edges):
        graph[rng.choice(keys)].append(rng.randrange(nodes))
    graph.setdefault(0, []).extend(rng.sample(keys, 5))
    function = bfs if traversal == "bfs" else dfs
    return _summary(function(graph, 0))


def wide_star(traversal, n=100000):
    """Node 0 points to 1..n-1, each of which points back to 0 and to the next leaf."""
    graph = {0: list(range(1, n))}
    for leaf in range(1, n - 1):
        graph[leaf] = [0, leaf + 1]
    function = bfs if traversal == "bfs" else dfs
    return _summary(function(graph, 0))
