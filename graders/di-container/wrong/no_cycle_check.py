# expect: runtime_error
# Resolves recursively without tracking the names in progress: a dependency cycle
# recurses until Python raises RecursionError instead of a ValueError.
import inspect


class Container:
    def __init__(self):
        self.factories = {}
        self.singletons = {}

    def register(self, name, factory, *, singleton=False):
        if name in self.factories:
            raise ValueError("already registered: " + name)
        self.factories[name] = (factory, singleton)

    def resolve(self, name, _chain=()):
        chain = _chain + (name,)
        if name not in self.factories:
            raise LookupError(" -> ".join(chain))
        if name in self.singletons:
            return self.singletons[name]
        factory, singleton = self.factories[name]
        kwargs = {}
        for p in inspect.signature(factory).parameters.values():
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                continue
            if p.default is p.empty or p.name in self.factories:
                kwargs[p.name] = self.resolve(p.name, chain)
        obj = factory(**kwargs)
        if singleton:
            self.singletons[name] = obj
        return obj
