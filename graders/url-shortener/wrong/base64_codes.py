# expect: wrong_answer
# Writes the URL's number in URL-safe base64: short, but its alphabet has '-' and '_',
# which are not letters or digits.
import base64
from urllib.parse import urlsplit


class URLShortener:
    def __init__(self, base="https://sho.rt/"):
        self.base = base
        self.code_of = {}
        self.url_of = {}

    def shorten(self, url):
        if url in self.code_of:
            return self.base + self.code_of[url]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("not an http(s) URL")
        number = len(self.url_of)
        code = base64.urlsafe_b64encode(number.to_bytes(6, "big")).decode("ascii").lstrip("A") or "A"
        self.code_of[url] = code
        self.url_of[code] = url
        return self.base + code

    def expand(self, short):
        if not short.startswith(self.base) or short[len(self.base):] not in self.url_of:
            raise KeyError(short)
        return self.url_of[short[len(self.base):]]

    def __len__(self):
        return len(self.url_of)
