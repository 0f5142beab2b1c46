"""Fetch many URLs concurrently, with at most `limit` fetches running at once."""

import asyncio


async def fetch_all(urls, fetch, limit=10) -> list:
    """Await fetch(url) for every url, at most `limit` at once; return the results in
    the order of `urls`, with the exception object of a failed fetch at its place.
    Raise ValueError (when the coroutine runs) if limit is below 1."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def fetch_one(url):
        async with semaphore:
            try:
                return await fetch(url)
            except Exception as error:  # the error is the result of this URL
                return error

    return list(await asyncio.gather(*(fetch_one(url) for url in urls)))
