# expect: wrong_answer
# Calls manager.__enter__() and manager.__exit__(...): attribute lookup on the instance,
# so methods the instance holds are used instead of its type's.


def run_with(manager, body):
    value = manager.__enter__()
    try:
        result = body(value)
    except BaseException as error:
        if not manager.__exit__(type(error), error, error.__traceback__):
            raise
        return None
    manager.__exit__(None, None, None)
    return result
