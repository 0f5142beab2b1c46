"""Trusted test code for url-shortener: many URLs at once, checked without sending them
back."""

import re
from operator import ne as _ne

_CODE = re.compile(r"[0-9A-Za-z]{1,7}")
_fullmatch = _CODE.fullmatch
_ALLOWED = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def code_of(short, base="https://sho.rt/"):
    """The code of a short URL: what follows `base`, or None when it does not start
    with base."""
    if type(short) is not str or not short.startswith(base):
        return None
    return short[len(base):]


def code_ok(short, base="https://sho.rt/"):
    """Whether a short URL is `base` followed by 1 to 7 characters of [0-9A-Za-z]."""
    code = code_of(short, base)
    return code is not None and _fullmatch(code) is not None


_PREFIXES = [
    "https://example.com/a/",
    "http://www.python.org/b/c/",
    "https://sub.domain.example.org:8080/ünï/",
    "https://例え.jp/パス/",
    "http://localhost/?id=",
    "https://user@example.com/x#",
]


def _urls(count):
    """`count` distinct URLs: paths, queries, ports, a user name, some Unicode."""
    return ["%s%d" % (_PREFIXES[index % 6], index) for index in range(count)]


def many_urls(count, base=None):
    """Shorten `count` distinct URLs (paths, queries, ports, some Unicode), then expand
    every short URL, then shorten every URL again.

    Returns (len(shortener), distinct short URLs, short URLs that are not a str
    starting with the base, codes that are not 1 to 7 characters of [0-9A-Za-z], short
    URLs that do not expand to their URL, URLs whose short URL changed the second
    time)."""
    shortener = URLShortener() if base is None else URLShortener(base)
    base = "https://sho.rt/" if base is None else base
    urls = _urls(count)
    shorts = list(map(shortener.shorten, urls))
    size = len(shortener)
    distinct = len(set(shorts))
    strs = [short for short in shorts if type(short) is str and short.startswith(base)]
    bad_base = len(shorts) - len(strs)
    cut = len(base)
    codes = [short[cut:] for short in strs]
    lengths = set(map(len, codes))
    if lengths and (min(lengths) < 1 or max(lengths) > 7 or not _ALLOWED.issuperset("".join(codes))):
        bad_codes = sum(1 for code in codes if _fullmatch(code) is None)
    else:
        bad_codes = 0
    wrong_expand = sum(map(_ne, map(shortener.expand, shorts), urls))
    changed = sum(map(_ne, map(shortener.shorten, urls), shorts))
    return (size, distinct, bad_base, bad_codes, wrong_expand, changed)


def shorten_and_expand(count):
    """The large workload: shorten `count` distinct URLs, then expand every short URL.
    (The loops run in map(), so that nearly all the time is the shortener's own; the
    form of the codes is checked by many_urls on fewer URLs.)

    Returns (len(shortener), distinct short URLs, short URLs that do not expand to
    their URL)."""
    shortener = URLShortener()
    urls = _urls(count)
    shorts = list(map(shortener.shorten, urls))
    return (len(shortener), len(set(shorts)), sum(map(_ne, map(shortener.expand, shorts), urls)))
