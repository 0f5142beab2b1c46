"""coach's worker: runs the cases of one exercise against one solution, in one process.

Protocol (see DESIGN.md, "Worker protocol"):
- the runner writes a JSON header line on stdin, then one line per case, each only after
  the previous case's result: the learner's code never holds the steps of a later case.
  The worker keeps that pipe on a private descriptor and points fd 0 at /dev/null, so
  the learner's code sees an empty stdin;
- results go, one JSON line each, to the pipe that was stdout when the worker started;
  fd 1 is then pointed at stderr, so whatever the learner's code writes below Python's
  print() still reaches the runner (which caps it) without corrupting the results;
- each result line is sealed with an HMAC under a key from the header, so a line the
  learner's code writes to that pipe itself is told apart from the worker's;
- first a "ready" line (or why the solution cannot be graded), then one line per case.

Expected values never come here: the worker returns what the steps produced and the
runner compares. Runs on Python 3.8 and newer.
"""

import _thread
import builtins
import io
import sys
import time

# NOTE: the built-in `posix` module, not `os`: under -S nothing has imported os yet, and
# it costs a start about 1.5 ms (stat, posixpath, _collections_abc). The worker needs
# only what posix has.
try:
    import posix as os
except ImportError:
    import os

_FunctionType = type(lambda: None)
_CodeType = type((lambda: None).__code__)
_ModuleType = type(sys)

# NOTE: json, ast, traceback and threading are not imported here: each costs Python's
# start a few milliseconds (re, collections, functools behind them). Messages are read
# and written through the C accelerator `_json`; the rest is imported when a case needs it.

try:
    from _sha256 import sha256 as _sha256
except ImportError:
    try:
        from _sha2 import sha256 as _sha256
    except ImportError:
        from hashlib import sha256 as _sha256

_REQUESTS = io.open(os.dup(0), "rb")
_NULL = os.open("/dev/null", os.O_RDONLY)
os.dup2(_NULL, 0)
os.close(_NULL)
_RESULTS = os.dup(1)
os.dup2(2, 1)

class _Quitter:
    """exit() and quit(), which the site module (not loaded: -S) would define."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Use %s() to exit" % self.name

    def __call__(self, code=None):
        raise SystemExit(code)


# NOTE: in the builtins module and in the copy of it this worker (and so the learner's
# module) runs with.
for _name in ("exit", "quit"):
    for _table in (vars(builtins), globals()["__builtins__"]):
        if isinstance(_table, dict) and _name not in _table:
            _table[_name] = _Quitter(_name)

if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

# NOTE: a thread's stack counts against the address-space limit; at the 8MiB default a
# thread-safety test could start only a handful of threads.
_thread.stack_size(1 << 20)


def _json_codec():
    """A decoder and an encoder of JSON, bound before any learner code runs: wrapping
    `json.loads` later changes nothing the worker reads or writes."""
    try:
        import _json

        class Context:
            strict = True
            object_hook = None
            object_pairs_hook = None
            parse_float = float
            parse_int = int
            memo = {}

            @staticmethod
            def parse_constant(name):
                return float(name.replace("Infinity", "inf"))

        scan = _json.make_scanner(Context())
        quote = _json.encode_basestring_ascii
    except (ImportError, AttributeError, TypeError):
        import json

        decoder = json.JSONDecoder()
        encode = json.JSONEncoder(ensure_ascii=True).encode
        return (lambda text: decoder.raw_decode(text)[0]), encode

    def decode(text):
        return scan(text, 0)[0]

    def encode(value):
        parts = []
        add = parts.append

        def put(v):
            if v is None:
                add("null")
            elif v is True:
                add("true")
            elif v is False:
                add("false")
            elif type(v) is str:
                add(quote(v))
            elif type(v) is int:
                add(int.__repr__(v))
            elif type(v) is float:
                add(float.__repr__(v) if v == v and v not in (float("inf"), float("-inf")) else "null")
            elif type(v) is dict:
                add("{")
                first = True
                for key, item in v.items():
                    if not first:
                        add(",")
                    first = False
                    add(quote(str(key)))
                    add(":")
                    put(item)
                add("}")
            elif type(v) in (list, tuple):
                add("[")
                for i, item in enumerate(v):
                    if i:
                        add(",")
                    put(item)
                add("]")
            else:
                add(quote(str(v)))

        put(value)
        return "".join(parts)

    return decode, encode


_decode, _encode_json = _json_codec()


_REQUEST = _decode(_REQUESTS.readline().decode("utf-8"))
_FILE = _REQUEST["file"]
_MODULE = _REQUEST["module"]
_OUTPUT_LIMIT = int(_REQUEST["output_limit"])
_ITEM_BUDGET = 2000000
_MAX_DEPTH = 40
_REAL_STDOUT = sys.stdout
_REAL_STDERR = sys.stderr


def _clean(text):
    """Text the runner can read: lone surrogates become visible escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _sealed_sender(key_hex):
    """A function that writes a message as a result line, sealed with HMAC-SHA256 under
    the runner's key: a line the learner's code writes to the results pipe itself does
    not carry a valid seal. The key lives only in this closure, never in a global."""
    key = bytes.fromhex(key_hex).ljust(64, b"\0")
    inner = _sha256(bytes(b ^ 0x36 for b in key))
    outer = _sha256(bytes(b ^ 0x5C for b in key))
    del key
    # NOTE: bound now, before any learner code runs: replacing `json.dumps` or
    # `os.write` later does not reach them.
    encode = _encode_json
    write = os.write
    results = _RESULTS
    # NOTE: the watchdog thread sends too; a line longer than a pipe's atomic write must
    # not interleave with another.
    lock = _thread.allocate_lock()

    def send(message, restore=True):
        if restore:
            _restore_trusted()
        data = encode(message).encode("ascii")
        mac = inner.copy()
        mac.update(data)
        seal = outer.copy()
        seal.update(mac.digest())
        data = seal.hexdigest().encode("ascii") + b" " + data + b"\n"
        with lock:
            while data:
                written = write(results, data)
                data = data[written:]

    return send


def _fake_clock_class():
    """A FakeClock class of its own for each case: a solution that patches the class
    (to move time its way) reaches only the case it runs in."""

    class FakeClock:
        """A clock for tests: `clock()` returns the time, `clock.advance(s)` moves it."""

        def __init__(self, start=0.0):
            self.now = start

        def __call__(self):
            return self.now

        def advance(self, seconds):
            self.now += seconds

        def __repr__(self):
            return "FakeClock(%r)" % (self.now,)

    return FakeClock


class _Overflow(Exception):
    pass


class _Capture(io.TextIOBase):
    """Collects what one case prints, up to the output limit."""

    def __init__(self, on_overflow):
        self.parts = []
        self.size = 0
        self.on_overflow = on_overflow
        self.buffer = _BinaryCapture(self)

    @property
    def encoding(self):
        return "utf-8"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        self.size += len(text)
        if self.size > _OUTPUT_LIMIT:
            self.parts.append(text[: max(0, _OUTPUT_LIMIT - (self.size - len(text)))])
            self.on_overflow()
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def text(self):
        return _clean("".join(self.parts))


class _BinaryCapture(io.RawIOBase):
    def __init__(self, text):
        self.text_capture = text

    def writable(self):
        return True

    def write(self, data):
        self.text_capture.write(bytes(data).decode("utf-8", "backslashreplace"))
        return len(data)


class _TooBig(Exception):
    pass


def _encode(value):
    budget = [_ITEM_BUDGET]

    def enc(v, depth):
        budget[0] -= 1
        if budget[0] < 0 or depth > _MAX_DEPTH:
            raise _TooBig()
        if v is None:
            return {"t": "none"}
        if isinstance(v, bool):
            return {"t": "bool", "v": bool(v)}
        if isinstance(v, int):
            return {"t": "int", "v": int.__repr__(int(v))}
        if isinstance(v, float):
            return {"t": "float", "v": float.__repr__(float(v))}
        if isinstance(v, str):
            text = str.__str__(v)
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                return _object(v)
            return {"t": "str", "v": text}
        if isinstance(v, bytes):
            return {"t": "bytes", "v": bytes(v).hex()}
        for kind, tag in ((tuple, "tuple"), (list, "list"), (frozenset, "frozenset"), (set, "set")):
            if isinstance(v, kind):
                return {"t": tag, "v": [enc(item, depth + 1) for item in kind.__iter__(v)]}
        if isinstance(v, dict):
            return {
                "t": "dict",
                "v": [[enc(k, depth + 1), enc(item, depth + 1)] for k, item in dict.items(v)],
            }
        return _object(v)

    try:
        return enc(value, 0)
    except _TooBig:
        return {"t": "obj", "type": type(value).__name__, "repr": "<too large or too deep to compare>"}


def _object(v):
    try:
        text = repr(v)
    except BaseException as e:  # a learner's __repr__ may raise anything
        text = "<%s object; repr() raised %s>" % (type(v).__name__, type(e).__name__)
    if not isinstance(text, str):
        text = "<%s object>" % type(v).__name__
    if len(text) > 2000:
        text = text[:2000] + "..."
    return {"t": "obj", "type": type(v).__name__, "repr": text.encode("utf-8", "backslashreplace").decode("utf-8")}


def _class_name(cls):
    """A class's name, marked when it only borrows a builtin's: a solution's own class
    named ValueError must not satisfy `!! ValueError`."""
    name = type.__dict__["__name__"].__get__(cls)
    if _TRUSTED_BUILTINS.get(name, cls) is not cls:
        return name + " (not the builtin)"
    return name


def _exception(error):
    """Describe an exception, keeping only the learner's frames of its traceback."""
    kind = type(error)
    names = [_class_name(c) for c in kind.__mro__ if c is not object]
    try:
        message = str(error)
    except BaseException:
        message = "<str() of the exception failed>"
    frames = []
    tb = error.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == _FILE:
            frames.append((tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    text = ""
    if frames:
        text = "Traceback (most recent call last):\n" + _format_frames(frames)
    text += "%s%s\n" % (kind.__name__, (": " + message) if message else "")
    return {
        "type": names[0] if names else kind.__name__,
        "mro": names,
        "message": _clean(message[:2000]),
        "traceback": _clean(text[-8000:]),
        "line": frames[-1][0] if frames else None,
    }


def _format_frames(frames):
    """The learner's frames as Python's traceback prints them (without importing the
    traceback module, which costs a start of its own): the source line from the file as
    it was read, a run of more than three identical frames folded."""
    lines = _SOURCE_LINES[0]
    if lines is None:
        lines = _SOURCE_LINES[0] = _SOURCE[0].decode("utf-8", "replace").splitlines()
    parts = []
    last = None
    repeated = 0
    for line, name in frames:
        if (line, name) == last:
            repeated += 1
            if repeated >= 3:
                continue
        else:
            if repeated >= 3:
                parts.append("  [Previous line repeated %d more time%s]\n" % (repeated - 2, "s" if repeated - 2 > 1 else ""))
            last = (line, name)
            repeated = 0
        parts.append('  File "%s", line %d, in %s\n' % (_FILE, line, name))
        if 0 < line <= len(lines) and lines[line - 1].strip():
            parts.append("    %s\n" % lines[line - 1].strip())
    if repeated >= 3:
        parts.append("  [Previous line repeated %d more time%s]\n" % (repeated - 2, "s" if repeated - 2 > 1 else ""))
    return "".join(parts)


_SOURCE_LINES = [None]


def _compile_learner():
    with open(_FILE, "rb") as handle:
        source = handle.read()
    violation = _violation(source, _REQUEST.get("forbid") or [])
    try:
        code = compile(source, _FILE, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        line = getattr(e, "lineno", None)
        text = getattr(e, "text", None)
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        return None, {
            "kind": "syntax",
            "type": type(e).__name__,
            "message": getattr(e, "msg", None) or str(e),
            "line": line,
            "offset": getattr(e, "offset", None),
            "text": (text or "").rstrip("\n"),
        }
    if violation is not None:
        return None, violation
    _SOURCE[0] = source
    return code, None


_SOURCE = [b""]


def _mark(index):
    """End the case on the raw stream (fd 2), so the runner can tell which case wrote
    what came below print(); False when the learner's code closed that stream."""
    for stream in (sys.__stdout__, sys.__stderr__):
        try:
            stream.flush()
        except BaseException:
            pass
    try:
        os.write(2, b"\0coach-end %d\0\n" % index)
        return True
    except OSError:
        return False


# Keywords a `forbid` entry can name: a statement or expression kind found in the AST,
# since a keyword is never a name (`forbid = ["with"]` forbids with-statements).
_STATEMENT_KINDS = {
    "with": ("With", "AsyncWith"),
    "for": ("For", "AsyncFor"),
    "while": ("While",),
    "lambda": ("Lambda",),
    "global": ("Global",),
    "nonlocal": ("Nonlocal",),
    "yield": ("Yield", "YieldFrom"),
    "try": ("Try", "TryStar"),
}


def _violation(source, forbid):
    """The first use (by line) of a forbidden name, module, method or statement in the
    learner's source."""
    if not forbid:
        return None
    # NOTE: the built-in `_ast`, not `ast`: ast imports enum and contextlib, about one
    # Python start under -S, and its node classes are these.
    import _ast as ast

    try:
        tree = compile(source, _FILE, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except (SyntaxError, ValueError):
        return None
    nodes = _walk(tree, ast.AST)
    names = set(f for f in forbid if "." not in f)
    methods = {}
    for entry in forbid:
        if "." in entry:
            methods.setdefault(entry.rsplit(".", 1)[1], []).append(entry)
    statements = tuple(
        getattr(ast, kind)
        for word in forbid
        for kind in _STATEMENT_KINDS.get(word, ())
        if hasattr(ast, kind)
    )
    # The names modules are bound to (`import functools as ft` binds ft to functools).
    modules = {}
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                bound = alias.asname or alias.name.split(".")[0]
                modules[bound] = alias.name if alias.asname else bound
    hits = []
    for node in nodes:
        hit = None
        if statements and isinstance(node, statements):
            hit = next(w for w, kinds in _STATEMENT_KINDS.items() if type(node).__name__ in kinds)
        elif isinstance(node, ast.Name) and node.id in names:
            hit = node.id
        elif isinstance(node, ast.Attribute) and node.attr in methods:
            hit = _forbidden_attribute(node, methods[node.attr], modules)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in forbid or alias.name.split(".")[0] in names:
                    hit = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in names:
                hit = node.module
            for alias in node.names:
                full = node.module + "." + alias.name
                if full in forbid or alias.name in names:
                    hit = full
        if hit is not None:
            hits.append((getattr(node, "lineno", 1), getattr(node, "col_offset", 0), hit))
    if not hits:
        return None
    line, _, hit = min(hits)
    lines = source.decode("utf-8", "replace").splitlines()
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return {"kind": "constraint", "name": hit, "line": line, "text": text}


def _walk(tree, node_type):
    """Every node of `tree`, breadth first, as `ast.walk` gives them."""
    nodes = [tree]
    index = 0
    while index < len(nodes):
        node = nodes[index]
        index += 1
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, node_type):
                nodes.append(value)
            elif isinstance(value, list):
                nodes.extend(item for item in value if isinstance(item, node_type))
    return nodes


def _forbidden_attribute(node, entries, modules):
    """Which of `entries` (`list.sort`, `functools.cache`) the attribute access `node`
    uses. A type's method matches any attribute of that name (the check cannot know
    types); a module's name matches only on that module (`functools.cache`, or through
    `import functools as ft`), so `wrapper.cache = {}` stays allowed."""
    import _ast as ast

    parts = []
    value = node.value
    while isinstance(value, ast.Attribute):
        parts.append(value.attr)
        value = value.value
    dotted = None
    if isinstance(value, ast.Name):
        parts.append(modules.get(value.id, value.id))
        dotted = ".".join(reversed(parts))
    for entry in entries:
        prefix = entry.rsplit(".", 1)[0]
        if isinstance(_TRUSTED_BUILTINS.get(prefix), type) or dotted == prefix:
            return entry
    return None


_TRUSTED_BUILTINS = dict(vars(builtins))
_MISSING = object()


# The modules helpers.py imports, with their attributes as they were before any learner
# code ran (see `_protect_helper_modules`).
_TRUSTED_MODULES = []


def _restore_trusted():
    """Put back every builtin learner code replaced or deleted (the standard library code
    the worker uses, json and traceback, looks them up in the builtins module), and every
    attribute of a module the helpers import. In place, so threads the learner started
    never find them missing; names it added stay."""
    for current, trusted in [(vars(builtins), _TRUSTED_BUILTINS)] + _TRUSTED_MODULES:
        for name, value in trusted.items():
            if current.get(name, _MISSING) is not value:
                current[name] = value


def _protect_helper_modules(names):
    """Import the modules helpers.py imports at its top level (`names`, found by the
    runner), before any learner code runs, and remember their attributes: a solution that
    replaces, say, `tracemalloc.get_traced_memory` has it put back before the helpers run."""
    for name in names:
        try:
            __import__(name)
            module = sys.modules[name]
        except BaseException:
            continue
        _TRUSTED_MODULES.append((vars(module), dict(vars(module))))
        _TRUSTED_MODULES.append((sys.modules, {name: module}))


_FORBIDDEN_BUILTINS = set(f for f in (_REQUEST.get("forbid") or []) if "." not in f and hasattr(builtins, f))
_LEARNER_BUILTINS = dict((k, v) for k, v in vars(builtins).items() if k not in _FORBIDDEN_BUILTINS)


def _fresh_module(code):
    module = _ModuleType(_MODULE)
    module.__file__ = _FILE
    if _FORBIDDEN_BUILTINS:
        # NOTE: the source check catches plain uses; this catches getattr tricks on
        # builtins too. Steps keep the full builtins.
        module.__dict__["__builtins__"] = _LEARNER_BUILTINS
    sys.modules[_MODULE] = module
    exec(code, module.__dict__)
    return module


def _compile_steps(cases):
    """Compile every step once; a step that is not valid Python is a bug in the tests."""
    compiled = []
    for case in cases:
        steps = []
        bug = None
        for step in case["steps"]:
            try:
                if step["kind"] == "value":
                    steps.append((step["kind"], compile(step["code"], "<test>", "eval", dont_inherit=True)))
                elif step["kind"] == "stmt":
                    # NOTE: a statement's value is never used: compiled as one directly,
                    # an assignment costs no failed compile (and SyntaxError) first.
                    steps.append(("stmt-exec", compile(step["code"], "<test>", "exec", dont_inherit=True)))
                else:
                    try:
                        steps.append((step["kind"], compile(step["code"], "<test>", "eval", dont_inherit=True)))
                    except SyntaxError:
                        steps.append((step["kind"] + "-exec", compile(step["code"], "<test>", "exec", dont_inherit=True)))
            except SyntaxError as e:
                bug = "step on line %s is not valid Python: %s: %s" % (step.get("line"), e.msg, step["code"])
                break
        compiled.append((steps, bug))
    return compiled


def _helpers_namespace(module, helpers_code):
    namespace = dict(module.__dict__)
    # NOTE: a copy taken before any learner code ran: a solution that replaces
    # `builtins.all` or `builtins.type` changes nothing for the steps and helpers.
    namespace["__builtins__"] = _TRUSTED_BUILTINS
    namespace["FakeClock"] = _fake_clock_class()
    namespace["__name__"] = "__coach_test__"
    if helpers_code is not None:
        exec(helpers_code, namespace)
    return namespace


def _helper_guard(namespace, binds):
    """What the helpers are, right after they loaded: each function, its code and its
    defaults, and the class FakeClock, so that `_reset_helpers` can put them back. Names
    the case's own steps bind (`binds`) are theirs to rebind."""
    guard = []
    for name, value in list(namespace.items()):
        if name in binds:
            continue
        if isinstance(value, _FunctionType) and value.__code__.co_filename == "helpers.py":
            guard.append((name, value, value.__code__, value.__defaults__, value.__kwdefaults__))
        elif name == "FakeClock":
            guard.append((name, value, None, None, None))
    return guard


def _reset_helpers(namespace, guard):
    """Before each step: no trace, profile or monitoring hook of the learner's code is
    left to rewrite a helper while it runs, and every helper function (its code, its
    defaults, its name in the namespace) is as it was when it loaded."""
    _settrace(None)
    _setprofile(None)
    # NOTE: what threading.settrace() and setprofile() set, for threads started later;
    # written directly, not through functions learner code can replace.
    threading_module = sys.modules.get("threading")
    if threading_module is not None:
        for hook in ("_trace_hook", "_profile_hook"):
            if getattr(threading_module, hook, None) is not None:
                threading_module.__dict__[hook] = None
    if _monitoring is not None:
        for tool in range(6):
            try:
                _monitoring.set_events(tool, 0)
                for entry in guard:
                    if entry[2] is not None:
                        _monitoring.set_local_events(tool, entry[2], 0)
            except BaseException:
                pass
    for name, value, code, defaults, kwdefaults in guard:
        namespace[name] = value
        if code is not None:
            value.__code__ = code
            value.__defaults__ = defaults
            value.__kwdefaults__ = kwdefaults


# NOTE: bound before any learner code runs, so replacing them in `sys` changes nothing.
_settrace = sys.settrace
_setprofile = sys.setprofile
_monitoring = getattr(sys, "monitoring", None)


def _run_case(index, code, helpers_code, steps, bug, send, binds):
    def overflow():
        send({"case": index, "limit": "output", "printed": capture.text()[:_OUTPUT_LIMIT]})
        os._exit(0)

    capture = _Capture(overflow)
    sys.stdout = sys.stderr = capture
    started = (_clock(), _thread_clock())
    results = []
    try:
        if bug is not None:
            return {"case": index, "bug": bug}
        try:
            module = _fresh_module(code)
        except BaseException as e:
            _restore_trusted()
            return {"case": index, "load_error": _exception(e), "printed": capture.text()}
        _restore_trusted()
        namespace = _helpers_namespace(module, helpers_code)
        guard = _helper_guard(namespace, binds)
        # NOTE: where each step's output starts in the case's (cleaned) output, so a
        # report can show what the failing step printed.
        counted = [0, 0]
        for kind, step in steps:
            _reset_helpers(namespace, guard)
            parts = capture.parts
            while counted[0] < len(parts):
                counted[1] += len(_clean(parts[counted[0]]))
                counted[0] += 1
            at = counted[1]
            try:
                if kind.endswith("-exec"):
                    exec(step, namespace)
                    value = None
                else:
                    value = eval(step, namespace)
            except BaseException as e:
                _restore_trusted()
                results.append({"raised": _exception(e), "at": at})
                if not kind.startswith("raises") or isinstance(e, MemoryError):
                    break
                continue
            _restore_trusted()
            if kind == "value" or kind.startswith("raises"):
                results.append({"value": _encode(value), "at": at})
            else:
                results.append({"done": True, "at": at})
        return {"case": index, "steps": results, "printed": capture.text()}
    finally:
        sys.stdout, sys.stderr = _REAL_STDOUT, _REAL_STDERR
        _last_elapsed[0] = _case_time(started)


def _threads_left(expected, grace=0.2):
    """Whether threads the case started are still running after a short grace (counted
    by `_thread`, so without importing threading)."""
    deadline = _wall() + grace
    while _thread_count() > expected and _wall() < deadline:
        _sleep(0.002)
    return _thread_count() > expected


_thread_count = _thread._count
_sleep = time.sleep


def _case_time(started):
    """The CPU time since `started` (the process's and the main thread's clocks then)."""
    process = _clock() - started[0]
    thread = _thread_clock() - started[1]
    # NOTE: under a CPU rlimit, Linux updates the process's clock only at scheduler
    # ticks (4 ms at 250 Hz), so a short case would read as 0 ms; the main thread's
    # clock stays exact. The process's is taken when the case's other threads clearly
    # used time of their own.
    return process if process > thread + 0.02 else thread


_wall = time.monotonic
_last_elapsed = [0.0]
# NOTE: CPU time, the time the limit counts (so a loaded machine changes no reported
# time much); bound once, so learner code that replaces it cannot change the times
# reported.
_clock = time.process_time
_thread_clock = getattr(time, "thread_time", time.process_time)


# The running case: (index, CPU time and wall time at its start), or None between cases.
_RUNNING = [None]


def _code_objects(code):
    """`code` and every code object nested in it (functions, classes, comprehensions)."""
    found = set()
    todo = [code]
    while todo:
        current = todo.pop()
        found.add(current)
        todo.extend(c for c in current.co_consts if isinstance(c, _CodeType))
    return found


def _where(frames, main, watchdog, trusted, helper_codes):
    """Where a case that ran out of time was: the innermost frame of the solution's file
    in any thread (the main one first); else, when the main thread is in helpers.py's
    own code and every frame below it is the worker's, a step's or a helper's (told by
    their code objects, not by a file name learner code can give code of its own), that
    helper's frame; else nothing."""
    for ident in [main] + [i for i in frames if i not in (main, watchdog)]:
        frame = frames.get(ident)
        while frame is not None:
            if frame.f_code.co_filename == _FILE:
                return {"in": "solution", "line": _line_of(frame), "function": frame.f_code.co_name}
            frame = frame.f_back
    top = frames.get(main)
    if top is None or top.f_code not in helper_codes:
        return None
    if any(ident not in (main, watchdog) for ident in frames):
        return None
    frame = top
    while frame is not None:
        if frame.f_code not in trusted:
            return None
        frame = frame.f_back
    return {"in": "helpers", "line": _line_of(top), "function": top.f_code.co_name}


def _line_of(frame):
    """The frame's line; Python knows none for some instructions (its f_lineno is then
    None): the line of the nearest instruction before that has one, if any."""
    if frame.f_lineno is not None:
        return frame.f_lineno
    line = None
    for start, _end, number in frame.f_code.co_lines():
        if start > frame.f_lasti:
            break
        if number is not None:
            line = number
    return line


def _start_watchdog(send, helper_codes):
    """A thread that, when a case has nearly used its time, tells the runner where the
    code is: the runner says so in a sample case's time limit message, and a loop in the
    exercise's own helpers is the exercise's fault, not the learner's. A bare thread
    (not `threading`), so it is not among the threads a case leaves running."""
    cpu_after, wall_after = _REQUEST.get("stuck_after") or (None, None)
    if cpu_after is None:
        return
    main = _thread.get_ident()
    # NOTE: the worker's own code: its functions and the frames that called main().
    worker_codes = set()
    for value in list(globals().values()):
        if isinstance(value, _FunctionType):
            worker_codes |= _code_objects(value.__code__)
    frame = sys._getframe()
    while frame is not None:
        worker_codes.add(frame.f_code)
        frame = frame.f_back
    trusted_codes = worker_codes | helper_codes
    pause = max(0.005, min(0.05, cpu_after / 20))
    # NOTE: bound now: learner code that replaces them reaches nothing of this thread.
    sleep = time.sleep
    current_frames = sys._current_frames
    get_ident = _thread.get_ident
    clock = _clock
    awake = _wall
    running_case = _RUNNING

    started = _thread.allocate_lock()
    started.acquire()

    def watch():
        started.release()
        me = get_ident()
        # NOTE: the case and the place last told. The place is told again each time it
        # changes until the case ends, so the runner has the latest when it stops the
        # case. Once the solution's code was seen running, the case is never blamed on
        # the helpers: one look can land on a helper's own line between two calls of a
        # slow solution.
        told = (None, None)
        while True:
            sleep(pause)
            running = running_case[0]
            if running is None:
                continue
            index, cpu, wall, step_codes = running
            if clock() - cpu < cpu_after and awake() - wall < wall_after:
                continue
            where = _where(current_frames(), main, me, trusted_codes | step_codes, helper_codes)
            if where is None or running_case[0] is not running:
                continue
            if told[0] == index and (
                where == told[1] or (where["in"] == "helpers" and told[1]["in"] == "solution")
            ):
                continue
            told = (index, where)
            send({"case": index, "stuck": where}, restore=False)

    _thread.start_new_thread(watch, ())
    # NOTE: the thread counts among the process's threads once it runs: wait for that,
    # so the count a case is compared with includes it.
    started.acquire()


def main():
    send = _sealed_sender(_REQUEST.pop("seal"))
    # NOTE: the names the steps read, found by the runner: no case's code is here yet.
    wanted = sorted(set(_REQUEST.pop("names", None) or []) - set(dir(builtins)))
    code, error = _compile_learner()
    if error is not None:
        send({"ready": False, "error": error})
        return
    if _REQUEST.get("check_only"):
        send({"ready": True, "version": list(sys.version_info[:3])})
        return
    helpers_code = None
    if _REQUEST.get("helpers") is not None:
        helpers_code = compile(_REQUEST["helpers"], "helpers.py", "exec", dont_inherit=True)
        _protect_helper_modules(_REQUEST.get("helper_modules") or [])

    capture = _Capture(lambda: None)
    sys.stdout = sys.stderr = capture
    try:
        module = _fresh_module(code)
    except BaseException as e:
        _restore_trusted()
        sys.stdout, sys.stderr = _REAL_STDOUT, _REAL_STDERR
        send({"ready": False, "error": {"kind": "import", "exception": _exception(e), "printed": capture.text()[:4000]}})
        return
    _restore_trusted()
    sys.stdout, sys.stderr = _REAL_STDOUT, _REAL_STDERR
    try:
        helper_names = set(_helpers_namespace(module, helpers_code))
    except BaseException as e:
        send({"ready": False, "error": {"kind": "helpers", "exception": _exception(e)}})
        return
    missing = [n for n in wanted if n not in helper_names]
    if missing:
        # NOTE: the file's own top-level names, for "did you mean": nothing of the tests.
        defined = sorted(n for n in vars(module) if isinstance(n, str) and not n.startswith("_"))[:1000]
        send({"ready": False, "error": {"kind": "missing", "names": missing, "defined": defined}})
        return
    send({"ready": True, "version": list(sys.version_info[:3])})
    _start_watchdog(send, _code_objects(helpers_code) if helpers_code is not None else set())
    threads_at_start = _thread_count()

    while True:
        line = _REQUESTS.readline()
        if not line:
            return
        case = _decode(line.decode("utf-8"))
        ((steps, bug),) = _compile_steps([case])
        step_codes = set()
        for _, step in steps:
            step_codes |= _code_objects(step)
        _RUNNING[0] = (case["index"], _clock(), _wall(), step_codes)
        result = _run_case(case["index"], code, helpers_code, steps, bug, send, set(case.get("binds") or []))
        _RUNNING[0] = None
        result["ms"] = round(_last_elapsed[0] * 1000, 3)
        result["marked"] = _mark(case["index"])
        # NOTE: a thread the case started and left running would go on into the next
        # case, using its CPU time and seeing its inputs: the runner starts a fresh
        # worker instead.
        result["threads_left"] = _threads_left(threads_at_start)
        send(result)
        if result["threads_left"]:
            os._exit(0)
        raised = [s["raised"]["type"] for s in result.get("steps", []) if "raised" in s]
        if "load_error" in result:
            raised.append(result["load_error"]["type"])
        if "MemoryError" in raised:
            # NOTE: after a MemoryError the interpreter's state is suspect; the runner
            # starts a fresh worker for the next case.
            os._exit(0)


main()
sys.stdout.flush()
os._exit(0)
