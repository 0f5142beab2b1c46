# expect: wrong_answer
# Fetches the URLs in batches of `limit` and waits for a whole batch before starting
# the next one: a slot that frees up early stays empty until the slowest of its batch ends.
import asyncio


async def fetch_all(urls, fetch, limit=10):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = []
    for start in range(0, len(urls), limit):
        batch = urls[start:start + limit]
        results += await asyncio.gather(*(fetch(url) for url in batch), return_exceptions=True)
    return results
