# expect: runtime_error
# Uses asyncio.gather without return_exceptions: the first fetch that raises makes
# fetch_all raise too, instead of putting the exception in the list.
import asyncio


async def fetch_all(urls, fetch, limit=10):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def fetch_one(url):
        async with semaphore:
            return await fetch(url)

    return list(await asyncio.gather(*(fetch_one(url) for url in urls)))
