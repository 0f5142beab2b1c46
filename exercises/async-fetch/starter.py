"""Fetch many URLs concurrently, with at most `limit` fetches running at once."""


async def fetch_all(urls, fetch, limit=10) -> list:
    """Await fetch(url) for every url, at most `limit` at once; return the results in
    the order of `urls`, with the exception object of a failed fetch at its place.
    Raise ValueError (when the coroutine runs) if limit is below 1."""
    raise NotImplementedError("write fetch_all")
