# expect: time_limit_exceeded
# Never checks the limit: asyncio.Semaphore(0) is valid, so with limit=0 every fetch
# waits for a slot that never frees and fetch_all never finishes.
import asyncio


async def fetch_all(urls, fetch, limit=10):
    semaphore = asyncio.Semaphore(limit)

    async def fetch_one(url):
        async with semaphore:
            try:
                return await fetch(url)
            except Exception as error:
                return error

    return list(await asyncio.gather(*(fetch_one(url) for url in urls)))
