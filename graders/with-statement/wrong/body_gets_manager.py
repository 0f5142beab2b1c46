# expect: wrong_answer
# Calls __enter__ but passes the manager itself to the body instead of what __enter__
# returned.


def run_with(manager, body):
    kind = type(manager)
    kind.__enter__(manager)
    try:
        result = body(manager)
    except BaseException as error:
        if not kind.__exit__(manager, type(error), error, error.__traceback__):
            raise
        return None
    kind.__exit__(manager, None, None, None)
    return result
