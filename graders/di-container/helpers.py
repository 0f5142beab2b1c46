"""Trusted test code for di-container: parts to wire, and a look at failures."""


def failure(container, name, fragment):
    """Resolve `name`, expecting it to fail with a LookupError or a ValueError.
    Returns which of the two it was and whether `fragment` is in its message;
    'resolved' when it did not fail. Any other exception propagates."""
    try:
        container.resolve(name)
    except LookupError as error:
        return ("LookupError", fragment in str(error))
    except ValueError as error:
        return ("ValueError", fragment in str(error))
    return "resolved"


class Database:
    made = 0

    def __init__(self, url="sqlite://"):
        Database.made += 1
        self.url = url


class Repository:
    def __init__(self, db):
        self.db = db


class Cache:
    def __init__(self, db, size=128):
        self.db = db
        self.size = size


class Service:
    def __init__(self, repo, cache):
        self.repo = repo
        self.cache = cache


class Mailer:
    def __init__(self, *, host, port=25):
        self.host = host
        self.port = port


class Flexible:
    def __init__(self, db, *args, **kwargs):
        self.db = db
        self.args = args
        self.kwargs = kwargs


def wire_service(container, db_singleton=False):
    """Registers db, repo, cache and service (service needs repo and cache, both need db)."""
    container.register("db", Database, singleton=db_singleton)
    container.register("repo", Repository)
    container.register("cache", Cache)
    container.register("service", Service)


def needing(label, *params):
    """A factory whose parameters (none with a default) are named `params`; it
    returns (label, [the arguments it got, in order])."""
    args = ", ".join(params)
    namespace = {}
    exec("def factory(%s):\n    return (%r, [%s])\n" % (args, label, args), namespace)
    return namespace["factory"]
