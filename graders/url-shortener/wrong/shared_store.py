# expect: wrong_answer
# Keeps the URLs in class attributes: every shortener shares them, so a new
# shortener already knows the URLs of the others.

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

    _code_of = {}  # url -> code
    _url_of = {}   # code -> url

    def __init__(self, base="https://sho.rt/"):
        self.base = base

    def shorten(self, url):
        """base + the URL's code; the same URL always gets the same code."""
        code = self._code_of.get(url)
        if code is None:
            _check_url(url)
            if len(self._url_of) >= _MAX_CODES:
                raise OverflowError("no short codes left")
            code = _encode(len(self._url_of))
            self._code_of[url] = code
            self._url_of[code] = url
        return self.base + code

    def expand(self, short):
        """The URL whose short URL is `short`; KeyError when there is none."""
        url = None
        if short.startswith(self.base):
            url = self._url_of.get(short[len(self.base):])
        if url is None:
            raise KeyError(short)
        return url

    def __len__(self):
        """The number of distinct URLs shortened."""
        return len(self._url_of)
