# expect: runtime_error
# Detects cycles with one set of every name seen during the resolve: a dependency that
# two others share (a diamond) is seen twice and wrongly reported as a cycle.
import inspect


class Container:
    def __init__(self):
        self.factories = {}
        self.singletons = {}

    def register(self, name, factory, *, singleton=False):
        if name in self.factories:
            raise ValueError("already registered: " + name)
        self.factories[name] = (factory, singleton)

    def resolve(self, name):
        return self._build(name, [], set())

    def _build(self, name, path, seen):
        path = path + [name]
        if name in seen:
            start = path.index(name)
            raise ValueError("cycle: " + " -> ".join(path[start:]))
        seen.add(name)
        if name not in self.factories:
            raise LookupError(" -> ".join(path))
        if name in self.singletons:
            return self.singletons[name]
        factory, singleton = self.factories[name]
        kwargs = {}
        for p in inspect.signature(factory).parameters.values():
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                continue
            if p.default is p.empty or p.name in self.factories:
                kwargs[p.name] = self._build(p.name, path, seen)
        obj = factory(**kwargs)
        if singleton:
            self.singletons[name] = obj
        return obj
