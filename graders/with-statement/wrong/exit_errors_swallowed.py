# expect: wrong_answer
# Guards the call of __exit__ with try/except and ignores what it raises: an error in
# __exit__ is lost (and after a body's exception, the body's exception propagates).


def run_with(manager, body):
    kind = type(manager)
    value = kind.__enter__(manager)

    def call_exit(*args):
        try:
            return kind.__exit__(manager, *args)
        except Exception:
            return False

    try:
        result = body(value)
    except BaseException as error:
        if not call_exit(type(error), error, error.__traceback__):
            raise
        return None
    call_exit(None, None, None)
    return result
