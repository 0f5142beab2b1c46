"""A small dependency-injection container that wires factories by parameter name."""


class Container:
    """Registers factories by name and builds objects, resolving their parameters."""

    def __init__(self):
        """An empty container."""
        raise NotImplementedError("write Container.__init__")

    def register(self, name, factory, *, singleton=False):
        """Register factory under name (ValueError if name is already registered).
        With singleton=True, resolve(name) builds one object and returns it every time."""
        raise NotImplementedError("write Container.register")

    def resolve(self, name):
        """Call name's factory, first resolving each of its parameters by name.
        LookupError for an unknown name (naming the chain 'a -> b -> c');
        ValueError for a dependency cycle (naming it: 'a -> b -> a')."""
        raise NotImplementedError("write Container.resolve")
