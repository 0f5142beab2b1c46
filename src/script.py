def _coach_run_script():
    """Run the learner's file (the first argument) as `python -I FILE ARGS...` would, but
    without the site module (-S), whose start costs several times Python's own: define
    exit() and quit() as site does, make the file the __main__ module, and show a
    traceback without this launcher's frames."""
    # NOTE: imported here: the namespace this runs in becomes the learner's __main__.
    import builtins
    import sys

    class Quitter:
        def __init__(self, name):
            self.name = name

        def __repr__(self):
            return "Use %s() to exit" % self.name

        def __call__(self, code=None):
            # NOTE: as site's: close standard input first, then exit.
            try:
                sys.stdin.close()
            except Exception:
                pass
            raise SystemExit(code)

    for name in ("exit", "quit"):
        setattr(builtins, name, Quitter(name))
    del sys.argv[0]
    path = sys.argv[0]
    if not path.startswith("/"):
        path = sys.modules["posix"].getcwd().rstrip("/") + "/" + path
    main = sys.modules["__main__"]
    namespace = vars(main)
    namespace.clear()
    namespace.update(
        __name__="__main__",
        __doc__=None,
        __package__=None,
        __spec__=None,
        __annotations__={},
        __builtins__=builtins,
        __file__=path,
        __cached__=None,
        __loader__=sys.modules["_frozen_importlib_external"].SourceFileLoader("__main__", path),
    )
    try:
        with open(path, "rb") as handle:
            source = handle.read()
        exec(compile(source, path, "exec"), namespace)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as error:
        # NOTE: the traceback starts at the learner's file, as Python's own would.
        trace = error.__traceback__
        while trace is not None and trace.tb_frame.f_code.co_filename != path:
            trace = trace.tb_next
        # NOTE: Python prints the traceback the exception carries, whatever it is given.
        error.__traceback__ = trace
        sys.excepthook(type(error), error, trace)
        raise SystemExit(1)


_coach_run_script()
