"""Trusted test code for shortest-path: checks a returned path against the graph, since
any shortest path is right, and builds large random graphs."""

import random
from array import array
from sys import byteorder


def _measure(graph, start, goal, result):
    """What a result claims and what it is: (claimed distance, the sum of the weights
    along the returned path, the problems found with the path), or None for None."""
    if result is None:
        return None
    if type(result) is not tuple or len(result) != 2:
        return ("not a (distance, path) tuple", type(result).__name__)
    distance, path = result
    problems = []
    if type(path) is not list:
        problems.append("the path is a %s, not a list" % type(path).__name__)
        path = list(path)
    if not path:
        return (distance, 0, ["the path is empty"])
    if path[0] != start:
        problems.append("the path starts at %r, not at the start" % (path[0],))
    if path[-1] != goal:
        problems.append("the path ends at %r, not at the goal" % (path[-1],))
    if len(set(path)) != len(path):
        problems.append("the path visits a node twice")
    total = 0
    for here, there in zip(path, path[1:]):
        edges = graph.get(here, {})
        if there not in edges:
            problems.append("there is no edge %r -> %r" % (here, there))
        else:
            total += edges[there]
    return (distance, total, problems)


def check_path(graph, start, goal):
    """Runs shortest_path and measures its answer against the graph."""
    return _measure(graph, start, goal, shortest_path(graph, start, goal))


def _words(rng, count):
    """`count` seeded random 32-bit numbers, drawn in one call."""
    numbers = array("I")
    numbers.frombytes(rng.getrandbits(32 * count).to_bytes(4 * count, "little"))
    if byteorder == "big":
        numbers.byteswap()
    return numbers


def random_graph(seed, nodes, degree, floats=False):
    """A seeded random directed graph of `nodes` int nodes, each with `degree` edges out
    (fewer where a target repeats), weights 1..1000 (or floats in [0, 10)). The last
    node has no edge in."""
    rng = random.Random(seed)
    edges = nodes * degree
    targets = [word % (nodes - 1) for word in _words(rng, edges)]
    if floats:
        weights = [word / 429496729.6 for word in _words(rng, edges)]
    else:
        weights = [1 + word % 1000 for word in _words(rng, edges)]
    return {
        node: dict(zip(targets[node * degree:(node + 1) * degree],
                       weights[node * degree:(node + 1) * degree]))
        for node in range(nodes)
    }


def big_queries(seed, goals, nodes=50000, degree=4, floats=False):
    """Shortest paths from node 0 to each goal in a large random graph: a list of
    (claimed distance, weight of the returned path, the first problems found), None where
    the answer was None."""
    graph = random_graph(seed, nodes, degree, floats)
    out = []
    for goal in goals:
        measured = _measure(graph, 0, goal, shortest_path(graph, 0, goal))
        if measured is not None and len(measured) == 3:
            measured = (measured[0], measured[1], measured[2][:3])
        out.append(measured)
    return out
