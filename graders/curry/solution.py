"""Currying: collect positional arguments over several calls."""

import inspect

_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def curry(func):
    """Return a curried version of func: it collects positional arguments (and keyword
    arguments) over any number of calls, and calls func once it has as many positional
    arguments as func has required positional parameters."""
    parameters = inspect.signature(func).parameters.values()
    needed = sum(1 for p in parameters if p.kind in _POSITIONAL and p.default is p.empty)
    if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters):
        capacity = None  # *args: no upper bound
    else:
        capacity = sum(1 for p in parameters if p.kind in _POSITIONAL)

    def collecting(args, kwargs):
        def curried(*more_args, **more_kwargs):
            all_args = args + more_args
            all_kwargs = dict(kwargs, **more_kwargs)
            if capacity is not None and len(all_args) > capacity:
                raise TypeError(
                    "%s takes %d positional arguments but %d were given"
                    % (getattr(func, "__name__", "the function"), capacity, len(all_args))
                )
            if len(all_args) >= needed:
                return func(*all_args, **all_kwargs)
            # New tuples and dicts for every call: partial applications share nothing.
            return collecting(all_args, all_kwargs)

        return curried

    return collecting((), {})
