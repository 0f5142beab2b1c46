# expect: time_limit_exceeded
# Keeps (url, code) pairs in a list and scans it to find a URL or a code: every call
# is O(n), so 200,000 URLs take hours.

import re

_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_MAX_CODES = len(_DIGITS) ** 7  # codes have at most 7 characters


def _encode(number):
    """number written in base 62 with the digits of _DIGITS."""
    code = ""
    while True:
        number, digit = divmod(number, len(_DIGITS))
        code = _DIGITS[digit] + code
        if number == 0:
            return code


# http:// or https://, then an optional user@, then a host that is not empty: a
# bracketed IPv6 address or a name, ending where a port, path, query or fragment starts.
_URL = re.compile(r"https?://(?:[^/?#@]*@)?(?:\[[^\]/?#]+\]|[^/?#:@\[\]]+)(?=[:/?#]|$)")


def _check_url(url):
    """Raise ValueError unless url is an http:// or https:// URL with a host."""
    if not isinstance(url, str) or _URL.match(url) is None:
        raise ValueError("not an http(s) URL with a host: %r" % (url,))


class URLShortener:
    """Gives each distinct URL its own short code: the n-th new URL gets n in base 62."""

    def __init__(self, base="https://sho.rt/"):
        self.base = base
        self._pairs = []  # (url, code)

    def shorten(self, url):
        """base + the URL's code; the same URL always gets the same code."""
        for known, code in self._pairs:
            if known == url:
                return self.base + code
        _check_url(url)
        code = _encode(len(self._pairs))
        self._pairs.append((url, code))
        return self.base + code

    def expand(self, short):
        """The URL whose short URL is `short`; KeyError when there is none."""
        if short.startswith(self.base):
            wanted = short[len(self.base):]
            for url, code in self._pairs:
                if code == wanted:
                    return url
        raise KeyError(short)

    def __len__(self):
        """The number of distinct URLs shortened."""
        return len(self._pairs)
