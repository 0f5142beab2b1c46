"""Trusted test code for pn-counter: many replicas gossiping at random."""

import json
import random

_MOD = 1000000007


def through_json(counter, node_id):
    """Send a replica's state through JSON text, as if over the network, and rebuild a
    replica owned by node_id from what arrives."""
    return PNCounter.from_state(node_id, json.loads(json.dumps(counter.state())))


def gossip(seed, nodes, steps, exchange_json=False):
    """`nodes` replicas; at each of `steps` steps one of them increments or decrements
    by a random amount (0 included), or merges another replica's state (directly, or
    through JSON with exchange_json=True). Every value() read along the way is folded
    into a checksum. At the end every replica merges every other, twice round.

    Returns (the checksum, the sum of all increments minus all decrements, the distinct
    final values, sorted)."""
    rng = random.Random(seed)
    names = ["node-%d" % index for index in range(nodes)]
    replicas = [PNCounter(name) for name in names]
    total = 0
    checksum = 0
    for _ in range(steps):
        index = rng.randrange(nodes)
        replica = replicas[index]
        action = rng.random()
        if action < 0.4:
            amount = rng.randrange(0, 10)
            replica.increment(amount)
            total += amount
        elif action < 0.6:
            amount = rng.randrange(0, 10)
            replica.decrement(amount)
            total -= amount
        else:
            other = replicas[rng.randrange(nodes)]
            if exchange_json:
                other = through_json(other, "messenger")
            replica.merge(other)
        checksum = (checksum * 31 + replica.value()) % _MOD
    for _ in range(2):
        for replica in replicas:
            for other in replicas:
                replica.merge(other)
    return (checksum, total, sorted(set(replica.value() for replica in replicas)))
