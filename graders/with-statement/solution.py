"""The with statement, written out by hand."""


def run_with(manager, body):
    """Do what `with manager as value: return body(value)` does, without `with`."""
    # Like the with statement: the special methods come from the type, not the instance.
    manager_type = type(manager)
    enter = manager_type.__enter__
    exit_ = manager_type.__exit__
    value = enter(manager)
    try:
        result = body(value)
    except BaseException as error:
        if not exit_(manager, type(error), error, error.__traceback__):
            raise
        return None
    exit_(manager, None, None, None)
    return result
