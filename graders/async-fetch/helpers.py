"""Trusted test code for async-fetch: fake fetches that record how many calls run at
once. Nothing here waits for real time: every await is asyncio.sleep(0) or an event
that the test itself sets, so the numbers are the same on any machine."""

import asyncio
import hashlib

# NOTE: bound when the helpers load, before any learner code runs.
_run = asyncio.run
_sleep = asyncio.sleep
_Event = asyncio.Event
_ensure_future = asyncio.ensure_future
_sha256 = hashlib.sha256


def run(coroutine):
    """Run a coroutine to the end with asyncio.run and return its result."""
    return _run(coroutine)


class FetchError(Exception):
    """What a failing fake fetch raises (besides ValueError and KeyError)."""


class FakeWeb:
    """A fake `fetch`. `ticks` maps a URL to how many times its fetch awaits
    asyncio.sleep(0) before answering (`default` for the others); `failing` maps a URL
    to an exception class that its fetch raises, after those awaits. A fetch answers
    'got ' + url. Records:
      running  calls in progress now        peak       the most ever in progress at once
      calls    calls made                   requested  the URLs asked for, in call order
      raised   the exception objects raised, in order."""

    def __init__(self, ticks=None, failing=None, default=1):
        self.ticks = dict(ticks or {})
        self.failing = dict(failing or {})
        self.default = default
        self.running = 0
        self.peak = 0
        self.calls = 0
        self.requested = []
        self.raised = []

    async def fetch(self, url):
        self.calls += 1
        self.requested.append(url)
        self.running += 1
        if self.running > self.peak:
            self.peak = self.running
        try:
            for _ in range(self.ticks.get(url, self.default)):
                await _sleep(0)
            if url in self.failing:
                error = self.failing[url]("cannot fetch %s" % url)
                self.raised.append(error)
                raise error
            return "got " + url
        finally:
            self.running -= 1

    def describe(self, results):
        """The results with every exception replaced by a tuple of facts:
        ('raised', class name, args, whether it is one of the objects this fake raised).
        Other values are left as they are."""
        described = []
        for value in results:
            if isinstance(value, BaseException):
                own = any(value is error for error in self.raised)
                described.append(("raised", type(value).__name__, value.args, own))
            else:
                described.append(value)
        return described


def digest(results):
    """A sha256 of the results, one repr per line, and how many there are: a short
    fingerprint of a long list."""
    text = "\n".join(repr(value) for value in results)
    return len(results), _sha256(text.encode("utf-8")).hexdigest()


def fetch_many(count, limit, failing_every=0):
    """fetch_all over `count` URLs u0, u1, ... with `limit`; URL i takes (7 * i) % 13 + 1
    ticks (so they finish out of order) and, when failing_every > 0, every
    failing_every-th URL raises FetchError. Returns (peak, calls, kinds, digest) where
    kinds counts the result types by name."""
    urls = ["u%d" % index for index in range(count)]
    ticks = {url: (7 * index) % 13 + 1 for index, url in enumerate(urls)}
    failing = {}
    if failing_every:
        failing = {url: FetchError for url in urls[::failing_every]}
    web = FakeWeb(ticks, failing)
    results = run(fetch_all(urls, web.fetch, limit))
    kinds = {}
    for value in results:
        name = type(value).__name__
        kinds[name] = kinds.get(name, 0) + 1
    return web.peak, web.calls, kinds, digest(web.describe(results))


async def _settle():
    """Let every ready task run until nothing more happens: 100 turns of the loop are
    far more than any fetch_all needs to start a fetch after a slot frees up."""
    for _ in range(100):
        await _sleep(0)


def refill(count, limit, newest_first=False):
    """fetch_all over `count` URLs whose fetches each wait until the test lets them
    finish. After letting everything start, the test finishes the running fetch that
    started first (with newest_first, the one that started last), one at a time, and
    after each it counts the fetches now running. Returns (running counts, calls made,
    results)."""

    async def scenario():
        running = []  # (url, event) of the fetches in progress, in the order they started
        calls = [0]

        async def fetch(url):
            calls[0] += 1
            entry = (url, _Event())
            running.append(entry)
            try:
                await entry[1].wait()
            finally:
                running.remove(entry)
            return "got " + url

        urls = ["r%d" % index for index in range(count)]
        task = _ensure_future(fetch_all(urls, fetch, limit))
        await _settle()
        counts = [len(running)]
        while running:
            running[-1 if newest_first else 0][1].set()
            await _settle()
            counts.append(len(running))
        results = await task
        return counts, calls[0], results

    return run(scenario())
