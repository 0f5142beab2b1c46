# expect: runtime_error
# Suppresses only when __exit__ returns exactly True (`is True`), not for any true
# value such as 1 or a non-empty string.


def run_with(manager, body):
    kind = type(manager)
    value = kind.__enter__(manager)
    try:
        result = body(value)
    except BaseException as error:
        if kind.__exit__(manager, type(error), error, error.__traceback__) is True:
            return None
        raise
    kind.__exit__(manager, None, None, None)
    return result
