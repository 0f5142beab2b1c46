# expect: runtime_error
# Keeps the names being resolved in a list on the container and pops a name only when
# it was built (no try/finally): after a failed resolve the stale names look like a
# cycle, so the next resolve raises ValueError.
import inspect


class Container:
    def __init__(self):
        self.factories = {}
        self.singletons = {}
        self.resolving = []

    def register(self, name, factory, *, singleton=False):
        if name in self.factories:
            raise ValueError("already registered: " + name)
        self.factories[name] = (factory, singleton)

    def resolve(self, name):
        if name in self.resolving:
            cycle = self.resolving[self.resolving.index(name):] + [name]
            raise ValueError("cycle: " + " -> ".join(cycle))
        self.resolving.append(name)
        if name not in self.factories:
            raise LookupError(" -> ".join(self.resolving))
        if name in self.singletons:
            self.resolving.pop()
            return self.singletons[name]
        factory, singleton = self.factories[name]
        kwargs = {}
        for p in inspect.signature(factory).parameters.values():
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                continue
            if p.default is p.empty or p.name in self.factories:
                kwargs[p.name] = self.resolve(p.name)
        obj = factory(**kwargs)
        self.resolving.pop()
        if singleton:
            self.singletons[name] = obj
        return obj
