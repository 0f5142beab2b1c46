# expect: wrong_answer
# The LookupError names only the missing name ('db'), not the chain that led to it
# ('service -> repo -> db'); the cycle message is right.
import inspect


class Container:
    def __init__(self):
        self.factories = {}
        self.singletons = {}

    def register(self, name, factory, *, singleton=False):
        if name in self.factories:
            raise ValueError("already registered: " + name)
        self.factories[name] = (factory, singleton)

    def resolve(self, name, _path=()):
        if name in _path:
            raise ValueError("cycle: " + " -> ".join(_path[_path.index(name):] + (name,)))
        if name not in self.factories:
            raise LookupError("no factory for %r" % name)
        if name in self.singletons:
            return self.singletons[name]
        factory, singleton = self.factories[name]
        kwargs = {}
        for p in inspect.signature(factory).parameters.values():
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                continue
            if p.default is p.empty or p.name in self.factories:
                kwargs[p.name] = self.resolve(p.name, _path + (name,))
        obj = factory(**kwargs)
        if singleton:
            self.singletons[name] = obj
        return obj
