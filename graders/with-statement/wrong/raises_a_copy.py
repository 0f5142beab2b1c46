# expect: wrong_answer
# Re-raises a new exception of the same class and arguments instead of the original
# object: the caller no longer gets the exception the body raised.


def run_with(manager, body):
    kind = type(manager)
    value = kind.__enter__(manager)
    try:
        result = body(value)
    except BaseException as error:
        if kind.__exit__(manager, type(error), error, error.__traceback__):
            return None
        raise type(error)(*error.args) from None
    kind.__exit__(manager, None, None, None)
    return result
