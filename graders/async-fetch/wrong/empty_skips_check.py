# expect: wrong_answer
# Returns [] for an empty list before checking the limit, so fetch_all([], f, limit=0)
# does not raise ValueError.
import asyncio


async def fetch_all(urls, fetch, limit=10):
    if not urls:
        return []
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def fetch_one(url):
        async with semaphore:
            try:
                return await fetch(url)
            except Exception as error:
                return error

    return list(await asyncio.gather(*(fetch_one(url) for url in urls)))
