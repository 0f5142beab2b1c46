# expect: wrong_answer
# Starts every fetch at once with asyncio.gather and ignores the limit.
import asyncio


async def fetch_all(urls, fetch, limit=10):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    return list(await asyncio.gather(*(fetch(url) for url in urls), return_exceptions=True))
