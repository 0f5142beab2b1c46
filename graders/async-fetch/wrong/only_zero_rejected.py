# expect: wrong_answer
# Rejects a limit of 0 but not a negative one: with limit=-1 no worker starts and
# every result stays None.
import asyncio


async def fetch_all(urls, fetch, limit=10):
    if limit == 0:
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
    if workers:
        await asyncio.wait(workers)
    return results
