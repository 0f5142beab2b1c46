# expect: wrong_answer
# Calls __exit__ in the except block and again in a finally block: after an exception,
# __exit__ runs twice (the second time told there was none).


def run_with(manager, body):
    kind = type(manager)
    value = kind.__enter__(manager)
    try:
        return body(value)
    except BaseException as error:
        if not kind.__exit__(manager, type(error), error, error.__traceback__):
            raise
        return None
    finally:
        kind.__exit__(manager, None, None, None)
