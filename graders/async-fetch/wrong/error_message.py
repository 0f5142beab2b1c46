# expect: wrong_answer
# Puts a new exception carrying the message at a failed URL's place, instead of the
# exception object that was raised.
import asyncio


async def fetch_all(urls, fetch, limit=10):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def fetch_one(url):
        async with semaphore:
            try:
                return await fetch(url)
            except Exception as error:
                return RuntimeError(str(error))

    return list(await asyncio.gather(*(fetch_one(url) for url in urls)))
