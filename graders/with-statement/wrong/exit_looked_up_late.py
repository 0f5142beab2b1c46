# expect: wrong_answer
# Looks __exit__ up only after the body has run: for a type without __exit__, __enter__ and the body run before the AttributeError.
def run_with(manager, body):
    value = type(manager).__enter__(manager)
    try:
        result = body(value)
    except BaseException as error:
        if not type(manager).__exit__(manager, type(error), error, error.__traceback__):
            raise
        return None
    type(manager).__exit__(manager, None, None, None)
    return result
