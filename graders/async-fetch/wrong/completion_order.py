# expect: wrong_answer
# Collects the results with asyncio.as_completed: in the order the fetches finish,
# not in the order of the URLs.
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
                return error

    return [await done for done in asyncio.as_completed([fetch_one(url) for url in urls])]
