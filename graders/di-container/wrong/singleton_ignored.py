# expect: wrong_answer
# Accepts singleton=True but never keeps the object: every resolve builds a new one.
import inspect


class Container:
    def __init__(self):
        self.factories = {}

    def register(self, name, factory, *, singleton=False):
        if name in self.factories:
            raise ValueError("already registered: " + name)
        self.factories[name] = factory

    def resolve(self, name, _path=()):
        if name in _path:
            raise ValueError("cycle: " + " -> ".join(_path[_path.index(name):] + (name,)))
        path = _path + (name,)
        if name not in self.factories:
            raise LookupError(" -> ".join(path))
        factory = self.factories[name]
        kwargs = {}
        for p in inspect.signature(factory).parameters.values():
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                continue
            if p.default is p.empty or p.name in self.factories:
                kwargs[p.name] = self.resolve(p.name, path)
        return factory(**kwargs)
