"""A URL shortener: short codes for long URLs, and back."""


class URLShortener:
    """Gives each distinct http(s) URL a short URL: base + a code of 1 to 7 characters
    of [0-9A-Za-z]."""

    def __init__(self, base: str = "https://sho.rt/"):
        """An empty shortener whose short URLs start with base."""
        raise NotImplementedError("write URLShortener.__init__")

    def shorten(self, url: str) -> str:
        """base + the URL's code (the same URL, the same code); raise ValueError unless
        url is an http:// or https:// URL with a host."""
        raise NotImplementedError("write URLShortener.shorten")

    def expand(self, short: str) -> str:
        """The URL that `short` (a whole short URL) stands for; raise KeyError when
        there is none."""
        raise NotImplementedError("write URLShortener.expand")

    def __len__(self) -> int:
        """The number of distinct URLs shortened."""
        raise NotImplementedError("write URLShortener.__len__")
