# expect: wrong_answer
# Calls __enter__ inside the try block: when __enter__ raises, __exit__ is called for a
# manager that was never entered.


def run_with(manager, body):
    kind = type(manager)
    try:
        value = kind.__enter__(manager)
        result = body(value)
    except BaseException as error:
        if not kind.__exit__(manager, type(error), error, error.__traceback__):
            raise
        return None
    kind.__exit__(manager, None, None, None)
    return result
