# expect: wrong_answer
# Treats a true result of __exit__ as "suppressed" even when the body raised nothing,
# and returns None instead of the body's value.


def run_with(manager, body):
    kind = type(manager)
    value = kind.__enter__(manager)
    try:
        result = body(value)
    except BaseException as error:
        if not kind.__exit__(manager, type(error), error, error.__traceback__):
            raise
        return None
    if kind.__exit__(manager, None, None, None):
        return None
    return result
