"""A small dependency-injection container that wires factories by parameter name."""

import inspect

_NOT_RESOLVED = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)


class Container:
    """Registers factories by name and builds objects, resolving their parameters."""

    def __init__(self):
        """An empty container."""
        self._factories = {}  # name -> (factory, singleton)
        self._singletons = {}  # name -> the object built for a singleton

    def register(self, name, factory, *, singleton=False):
        """Register factory under name (ValueError if name is already registered).
        With singleton=True, resolve(name) builds one object and returns it every time."""
        if name in self._factories:
            raise ValueError(f"{name!r} is already registered")
        self._factories[name] = (factory, singleton)

    def resolve(self, name):
        """Call name's factory, first resolving each of its parameters by name.
        LookupError for an unknown name (naming the chain 'a -> b -> c');
        ValueError for a dependency cycle (naming it: 'a -> b -> a')."""
        return self._resolve(name, ())

    def _resolve(self, name, path):
        """Resolve name, reached through `path` (the names being resolved, outermost first)."""
        if name in path:
            cycle = path[path.index(name):] + (name,)
            raise ValueError("dependency cycle: " + " -> ".join(cycle))
        path += (name,)
        if name not in self._factories:
            raise LookupError("cannot resolve " + " -> ".join(path))
        if name in self._singletons:
            return self._singletons[name]
        factory, singleton = self._factories[name]
        arguments = {}
        for parameter in inspect.signature(factory).parameters.values():
            if parameter.kind in _NOT_RESOLVED:
                continue
            if parameter.default is parameter.empty or parameter.name in self._factories:
                arguments[parameter.name] = self._resolve(parameter.name, path)
        value = factory(**arguments)
        if singleton:
            self._singletons[name] = value
        return value
