# expect: wrong_answer
# Awaits each fetch before starting the next: correct results, but only one fetch is
# ever running, whatever the limit.


async def fetch_all(urls, fetch, limit=10):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = []
    for url in urls:
        try:
            results.append(await fetch(url))
        except Exception as error:
            results.append(error)
    return results
