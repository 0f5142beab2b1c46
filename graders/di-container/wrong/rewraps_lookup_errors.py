# expect: wrong_answer
# Builds the chain by catching LookupError around each dependency and re-raising a new one: a KeyError raised by a factory itself comes out as a LookupError.
import inspect

class Container:
    def __init__(self):
        self._factories = {}
        self._singletons = {}

    def register(self, name, factory, *, singleton=False):
        if name in self._factories:
            raise ValueError(f"{name!r} is already registered")
        self._factories[name] = (factory, singleton)

    def resolve(self, name, _path=()):
        if name in _path:
            cycle = _path[_path.index(name):] + (name,)
            raise ValueError("dependency cycle: " + " -> ".join(cycle))
        if name not in self._factories:
            raise LookupError(name)
        if name in self._singletons:
            return self._singletons[name]
        factory, singleton = self._factories[name]
        kwargs = {}
        for p in inspect.signature(factory).parameters.values():
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                continue
            if p.default is p.empty or p.name in self._factories:
                try:
                    kwargs[p.name] = self.resolve(p.name, _path + (name,))
                except LookupError as error:
                    raise LookupError(name + " -> " + error.args[0]) from None
        value = factory(**kwargs)
        if singleton:
            self._singletons[name] = value
        return value
