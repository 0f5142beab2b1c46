# expect: runtime_error
# Starts min(limit, len(urls)) workers and asyncio.wait()s for them: with no URLs there
# are no workers, and asyncio.wait raises ValueError for an empty set.
import asyncio


async def fetch_all(urls, fetch, limit=10):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = [None] * len(urls)
    todo = list(enumerate(urls))

    async def worker():
        while todo:
            index, url = todo.pop(0)
            try:
                results[index] = await fetch(url)
            except Exception as error:
                results[index] = error

    workers = [asyncio.ensure_future(worker()) for _ in range(min(limit, len(urls)))]
    await asyncio.wait(workers)
    return results
