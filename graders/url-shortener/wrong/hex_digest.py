# expect: wrong_answer
# Uses the first 10 hex digits of the URL's SHA-1 as its code: the same URL gets the
# same code, but a code may have at most 7 characters.
import hashlib
from urllib.parse import urlsplit


class URLShortener:
    def __init__(self, base="https://sho.rt/"):
        self.base = base
        self.urls = {}

    def shorten(self, url):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("not an http(s) URL")
        code = hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]
        self.urls[code] = url
        return self.base + code

    def expand(self, short):
        if not short.startswith(self.base) or short[len(self.base):] not in self.urls:
            raise KeyError(short)
        return self.urls[short[len(self.base):]]

    def __len__(self):
        return len(self.urls)
