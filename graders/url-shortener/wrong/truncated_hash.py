# expect: wrong_answer
# Derives the code from a hash of the URL cut down to 4 base-62 digits and never checks
# for collisions: among many URLs, two different ones get the same code, and expand()
# returns the wrong one.
import hashlib
from urllib.parse import urlsplit

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


class URLShortener:
    def __init__(self, base="https://sho.rt/"):
        self.base = base
        self.url_of = {}
        self.count = set()

    def shorten(self, url):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("not an http(s) URL")
        number = int.from_bytes(hashlib.md5(url.encode("utf-8")).digest()[:8], "big") % 62 ** 4
        code = ""
        for _ in range(4):
            number, digit = divmod(number, 62)
            code += DIGITS[digit]
        self.url_of[code] = url
        self.count.add(url)
        return self.base + code

    def expand(self, short):
        if not short.startswith(self.base) or short[len(self.base):] not in self.url_of:
            raise KeyError(short)
        return self.url_of[short[len(self.base):]]

    def __len__(self):
        return len(self.count)
