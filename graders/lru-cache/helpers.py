"""Trusted test code for lru-cache: workloads too large to spell out step by step."""

_MOD = 1000000007


def _mix(total, value):
    """Fold one observed value into a checksum (None counts as -1)."""
    return (total * 31 + (-1 if value is None else value)) % _MOD


def stress_lru(n):
    """Fill a cache of capacity n, read every key from the most recent back (each read
    touches a key near the recent end), update a third of the keys, push 1000 new keys
    in (evicting as many), then read a spread of old and new keys. Returns a checksum
    of everything read."""
    cache = LRUCache(n)
    for key in range(n):
        cache.put(key, key * key)
    total = 0
    for key in range(n - 1, -1, -1):
        total = _mix(total, cache.get(key))
    for key in range(0, n, 3):
        cache.put(key, -key)
    total = _mix(total, len(cache))
    for key in range(n, n + 1000):
        cache.put(key, key)
    for key in range(0, n + 1000, 7):
        total = _mix(total, cache.get(key))
    return _mix(total, len(cache))


def random_trace(seed, count, keys, capacity):
    """A reproducible mix of gets and puts (new keys, updates, misses) over `keys`
    integer keys. Returns a checksum of what every get returned and of len(cache)."""
    cache = LRUCache(capacity)
    state = seed
    total = 0
    for step in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        key = (state >> 8) % keys
        if (state >> 4) % 3 == 0:
            total = _mix(total, cache.get(key))
        else:
            cache.put(key, step)
        total = _mix(total, len(cache))
    return total
