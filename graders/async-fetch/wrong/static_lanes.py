# expect: wrong_answer
# Splits the URLs among `limit` workers in advance (worker k takes urls[k::limit]): a
# worker whose URLs are done sits idle while another worker still has URLs waiting.
import asyncio


async def fetch_all(urls, fetch, limit=10):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = [None] * len(urls)

    async def lane(start):
        for index in range(start, len(urls), limit):
            try:
                results[index] = await fetch(urls[index])
            except Exception as error:
                results[index] = error

    await asyncio.gather(*(lane(k) for k in range(min(limit, len(urls)))))
    return results
