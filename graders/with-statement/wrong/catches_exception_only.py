# expect: runtime_error
# Catches Exception instead of BaseException: an exception that is not an Exception
# (like KeyboardInterrupt) skips __exit__ and can never be suppressed.


def run_with(manager, body):
    kind = type(manager)
    value = kind.__enter__(manager)
    try:
        result = body(value)
    except Exception as error:
        if not kind.__exit__(manager, type(error), error, error.__traceback__):
            raise
        return None
    kind.__exit__(manager, None, None, None)
    return result
