"""Trusted test code for http-server: starts the learner's server on a free port of the
sandbox's own loopback, talks to it with http.client and stops it again.

Every helper starts a server, makes its requests and stops the server before it
returns, so no case leaves a thread or a socket behind. Every wait is bounded: a
request that gets no answer within _TIMEOUT seconds counts as unanswered."""

import hashlib
import http.client
import http.server
import socket
import threading

# NOTE: bound when the helpers load, before any learner code runs.
_sha256 = hashlib.sha256
_HTTPConnection = http.client.HTTPConnection
_HTTPException = http.client.HTTPException
_IncompleteRead = http.client.IncompleteRead
_HTTPServer = http.server.HTTPServer
_socket = socket.socket
_timeout = socket.timeout
_Thread = threading.Thread
_enumerate = threading.enumerate

_TIMEOUT = 2.0  # seconds a request may take
_STOP_WAIT = 3.0  # seconds the server may take to stop


def _wait_for(thread, what):
    """Join one of the helper's own threads (serve_forever, shutdown, server_close)
    within _STOP_WAIT seconds. If it has not ended by then, the learner's code is stuck
    (an endless loop, a deadlock): wait on, so that coach ends this worker, stuck thread
    and all, rather than leave it running into the next case. A busy loop meets the CPU
    time limit; a blocked one meets coach's wall-clock backstop (three times the limit
    plus two seconds), which comes well before the 60 seconds waited here."""
    thread.join(_STOP_WAIT)
    if thread.is_alive():
        thread.join(60)
    if thread.is_alive():
        raise RuntimeError("the server did not stop: " + what)


def _wait_for_learner(thread):
    """Join a thread the learner's code started (a request thread, say) within
    _STOP_WAIT seconds; after shutdown() and server_close() none may be left running."""
    thread.join(_STOP_WAIT)
    if thread.is_alive():
        raise RuntimeError(
            "a thread the server started (%s) was still running %g seconds after "
            "shutdown() and server_close()" % (thread.name, _STOP_WAIT)
        )


class _Serving:
    """make_server(port) serving in a daemon thread: `with _Serving() as port: ...`."""

    def __init__(self, port=0):
        self.before = set(_enumerate())
        self.server = make_server(port)
        self.port = self.server.server_address[1]

    def __enter__(self):
        self.thread = _Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01})
        self.thread.daemon = True
        self.thread.start()
        return self.port

    def __exit__(self, *exc_info):
        stopper = _Thread(target=self.server.shutdown)
        stopper.daemon = True
        stopper.start()
        _wait_for(stopper, "shutdown() did not return")
        _wait_for(self.thread, "serve_forever() did not return")
        closer = _Thread(target=self.server.server_close)
        closer.daemon = True
        closer.start()
        _wait_for(closer, "server_close() did not return")
        for thread in set(_enumerate()) - self.before:
            _wait_for_learner(thread)
        return False


def _framing(length, size):
    """Whether the Content-Length header matches the body: 'ok' or what is wrong."""
    if length is None:
        return "no Content-Length"
    if length != str(size):
        return "Content-Length %s, body %d bytes" % (length, size)
    return "ok"


def _text(data):
    """The body as text when it is UTF-8, else the bytes themselves."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data


def _request(port, method, path, body=None):
    """One request on a new connection. Returns (status, Content-Type, body, framing),
    or ('no answer', why) when the server does not answer properly in time."""
    connection = _HTTPConnection("127.0.0.1", port, timeout=_TIMEOUT)
    try:
        if isinstance(body, str):
            body = body.encode("utf-8")
        connection.request(method, path, body=body)
        response = connection.getresponse()
        length = response.getheader("Content-Length")
        try:
            data = response.read()
        except _IncompleteRead as error:
            data = error.partial
        return (response.status, response.getheader("Content-Type"), _text(data), _framing(length, len(data)))
    except _timeout:
        return ("no answer", "nothing within %g seconds" % _TIMEOUT)
    except (_HTTPException, OSError) as error:
        return ("no answer", "the connection failed: " + type(error).__name__)
    finally:
        connection.close()


def ask(*requests):
    """Start a server, send each request (method, path) or (method, path, body) in
    turn, stop the server. Returns one (status, Content-Type, body, framing) per
    request; framing is 'ok' when Content-Length is set and matches the body."""
    with _Serving() as port:
        return [_request(port, *request) for request in requests]


def answers(*requests):
    """Like ask(), without the Content-Type: (status, body, framing) per request."""
    return [(a[0], a[2], a[3]) if len(a) == 4 else a for a in ask(*requests)]


def statuses(*requests):
    """Like ask(), but only (status, framing) per request: for answers whose body and
    Content-Type the exercise leaves open."""
    return [(a[0], a[3]) if len(a) == 4 else a for a in ask(*requests)]


def big_upper(repeat):
    """POST /upper with a body of `repeat` lines of mixed text (18 bytes each).
    Returns (status, body length in characters, sha256 of the body as UTF-8, framing)."""
    text = "abc déf ghî 123\n" * repeat
    with _Serving() as port:
        answer = _request(port, "POST", "/upper", text)
    if len(answer) != 4 or not isinstance(answer[2], str):
        return answer
    return (answer[0], len(answer[2]), _sha256(answer[2].encode("utf-8")).hexdigest(), answer[3])


def _free_port():
    probe = _socket()
    try:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
    finally:
        probe.close()


def server_facts():
    """make_server on a given free port. Returns (is it an http.server.HTTPServer,
    does it listen on that port, did it answer before serve_forever was called, what
    GET / gives once it serves)."""
    port = _free_port()
    serving = _Serving(port)
    early = _HTTPConnection("127.0.0.1", serving.port, timeout=0.25)
    try:
        early.request("GET", "/")
        early.getresponse()
        answered_early = True
    except (_timeout, _HTTPException, OSError):
        answered_early = False
    finally:
        early.close()
    with serving:
        first = _request(serving.port, "GET", "/")
    return (isinstance(serving.server, _HTTPServer), serving.port == port, answered_early, first)


def two_servers():
    """Two servers from two make_server(0) calls, serving at the same time. Returns
    (are their ports different, GET / from the first, GET /echo?msg=2 from the second)."""
    with _Serving() as first, _Serving() as second:
        return (first != second, _request(first, "GET", "/")[2], _request(second, "GET", "/echo?msg=2")[2])
