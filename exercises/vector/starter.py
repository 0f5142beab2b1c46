"""An immutable Euclidean vector of numbers."""


class Vector:
    """A vector of numbers: immutable, hashable, with the usual arithmetic."""

    __slots__ = ()  # name the slots your vector needs

    def __init__(self, *components):
        """A vector of the given numbers, kept as they are."""
        raise NotImplementedError("write Vector.__init__")

    def __repr__(self):
        """'Vector(1, 2)': the repr of each component, separated by ', '."""
        raise NotImplementedError("write Vector.__repr__")

    def __len__(self):
        """The number of components."""
        raise NotImplementedError("write Vector.__len__")

    def __getitem__(self, index):
        """The component at index (negative indexes count from the end)."""
        raise NotImplementedError("write Vector.__getitem__")

    def __iter__(self):
        """The components, in order."""
        raise NotImplementedError("write Vector.__iter__")

    def __eq__(self, other):
        """Same components, compared as numbers; a non-Vector is never equal."""
        raise NotImplementedError("write Vector.__eq__")

    def __hash__(self):
        """A hash that agrees with ==."""
        raise NotImplementedError("write Vector.__hash__")

    def __bool__(self):
        """False for the zero vector."""
        raise NotImplementedError("write Vector.__bool__")

    def __abs__(self):
        """The Euclidean length."""
        raise NotImplementedError("write Vector.__abs__")

    def __neg__(self):
        """-v: every component negated."""
        raise NotImplementedError("write Vector.__neg__")

    def __add__(self, other):
        """v + w; ValueError for different lengths; NotImplemented for a non-Vector."""
        raise NotImplementedError("write Vector.__add__")

    def __sub__(self, other):
        """v - w; ValueError for different lengths; NotImplemented for a non-Vector."""
        raise NotImplementedError("write Vector.__sub__")

    def __mul__(self, scalar):
        """v * k for a number k; NotImplemented for anything else."""
        raise NotImplementedError("write Vector.__mul__")

    def __rmul__(self, scalar):
        """k * v for a number k; NotImplemented for anything else."""
        raise NotImplementedError("write Vector.__rmul__")

    def __matmul__(self, other):
        """v @ w, the dot product; ValueError for different lengths; NotImplemented
        for a non-Vector."""
        raise NotImplementedError("write Vector.__matmul__")
