# expect: runtime_error
# Makes the semaphore once, on the first call, and keeps it in the module: it belongs
# to the first event loop that waited on it, so a second asyncio.run fails with "is
# bound to a different event loop" (and it keeps the first call's limit).
import asyncio

_semaphore = None


async def fetch_all(urls, fetch, limit=10):
    global _semaphore
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if _semaphore is None:
        _semaphore = asyncio.Semaphore(limit)

    async def fetch_one(url):
        async with _semaphore:
            try:
                return await fetch(url)
            except Exception as error:
                return error

    return list(await asyncio.gather(*(fetch_one(url) for url in urls)))
