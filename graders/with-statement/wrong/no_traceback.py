# expect: wrong_answer
# Passes None for the traceback: __exit__ gets the exception's type and value but
# cannot see where it was raised.


def run_with(manager, body):
    kind = type(manager)
    value = kind.__enter__(manager)
    try:
        result = body(value)
    except BaseException as error:
        if not kind.__exit__(manager, type(error), error, None):
            raise
        return None
    kind.__exit__(manager, None, None, None)
    return result
