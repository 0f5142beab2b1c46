"""Trusted test code for rest-api: starts the learner's server on a free port of the
sandbox's own loopback, talks to it with http.client and stops it again.

Every helper starts a server, makes its requests and stops the server before it
returns, so no case leaves a thread or a socket behind. Every wait is bounded: a
request that gets no answer within _TIMEOUT seconds counts as unanswered."""

import http.client
import http.server
import json
import socket
import threading

# NOTE: bound when the helpers load, before any learner code runs.
_HTTPConnection = http.client.HTTPConnection
_HTTPException = http.client.HTTPException
_IncompleteRead = http.client.IncompleteRead
_HTTPServer = http.server.HTTPServer
_dumps = json.dumps
_loads = json.loads
_create_connection = socket.create_connection
_timeout = socket.timeout
_Thread = threading.Thread
_Barrier = threading.Barrier
_enumerate = threading.enumerate
_stack_size = threading.stack_size

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
    """make_server(0) serving in a daemon thread: `with _Serving() as port: ...`."""

    def __init__(self):
        self.before = set(_enumerate())
        self.server = make_server(0)
        self.port = self.server.server_address[1]
        # NOTE: http.server listens with a backlog of 5; eight clients connecting at
        # once overflow it, and a dropped connection is retried only after a second.
        # A longer queue keeps the timing of the concurrent cases steady; it changes
        # nothing in what the server answers.
        try:
            self.server.socket.listen(64)
        except (AttributeError, OSError):
            pass

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


def _body_fact(data):
    """The parsed JSON of a body, with an error object reduced to its kind (its message,
    and any other keys, are up to the server): {'error': 'some message'} becomes
    {'error': '…'}."""
    try:
        value = _loads(data.decode("utf-8"))
    except ValueError:
        return ("not JSON", data[:200])
    if type(value) is dict and type(value.get("error")) is str:
        return {"error": "…"}
    return value


def _request(port, method, path, body=None):
    """One request on a new connection; `body` is sent as it is when it is a str (so
    that it can be broken JSON), else as JSON. Returns the facts of the answer:
      (201, media type, Location, body)   for a 201
      (204, body length)                  for a 204
      (404,)                              for a 404 (its body is up to the server)
      (status, media type, body)          for any other answer
    where `body` is the parsed JSON, and media type the Content-Type without its
    parameters; or ('no answer', why) when the server does not answer properly in time."""
    connection = _HTTPConnection("127.0.0.1", port, timeout=_TIMEOUT)
    try:
        headers = {}
        if body is not None:
            if not isinstance(body, str):
                body = _dumps(body)
            body = body.encode("utf-8")
            headers["Content-Type"] = "application/json"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        try:
            data = response.read()
        except _IncompleteRead as error:
            data = error.partial
        status = response.status
        media = (response.getheader("Content-Type") or "").split(";")[0].strip()
        if status == 204:
            return (204, len(data))
        if status == 404:
            return (404,)
        if status == 201:
            return (201, media, response.getheader("Location"), _body_fact(data))
        return (status, media, _body_fact(data))
    except _timeout:
        return ("no answer", "nothing within %g seconds" % _TIMEOUT)
    except (_HTTPException, OSError) as error:
        return ("no answer", "the connection failed: " + type(error).__name__)
    finally:
        connection.close()


def api(*requests):
    """Start a server with make_server(0), send each request (method, path) or
    (method, path, body) in turn on a new connection, stop the server. Returns the
    facts of each answer (see _request)."""
    with _Serving() as port:
        return [_request(port, *request) for request in requests]


def statuses(*requests):
    """Like api(), but only the status of each answer."""
    return [answer[0] for answer in api(*requests)]


def fresh_servers():
    """Two servers one after the other, and two at once: each POSTs {'name': 'x'}.
    Returns the facts of the four answers."""
    first = api(("POST", "/items", {"name": "x"}))
    second = api(("POST", "/items", {"name": "x"}))
    with _Serving() as one, _Serving() as two:
        third = _request(one, "POST", "/items", {"name": "x"})
        fourth = _request(two, "POST", "/items", {"name": "x"})
    return first + second + [third, fourth]


def concurrent_posts(threads=8, each=50):
    """`threads` threads, started together behind a barrier, each POST `each` items
    (named 't<thread>-<n>') to one server, each on a connection of its own; then GET
    /items. Returns the facts:
      (201 answers, distinct ids among them, smallest id, largest id,
       items in GET /items, are their ids ascending, are they the ids handed out,
       items whose name is not the one posted under that id, answers that were not 201)."""
    # NOTE: every thread reserves its stack from the address-space limit.
    _stack_size(512 * 1024)
    barrier = _Barrier(threads)
    created = [[] for _ in range(threads)]
    others = [0] * threads

    def client(index):
        try:
            barrier.wait(_TIMEOUT)
        except Exception:
            pass
        for number in range(each):
            name = "t%d-%d" % (index, number)
            answer = _request(port, "POST", "/items", {"name": name})
            if answer[0] == 201 and type(answer[3]) is dict and type(answer[3].get("id")) is int:
                created[index].append((answer[3]["id"], name))
            else:
                others[index] += 1

    with _Serving() as port:
        pool = [_Thread(target=client, args=(index,)) for index in range(threads)]
        for thread in pool:
            thread.daemon = True
            thread.start()
        for thread in pool:
            # NOTE: each request waits at most _TIMEOUT, so a client is done within
            # each * _TIMEOUT seconds; the case's time limit comes first anyway.
            thread.join(each * _TIMEOUT + 5)
        listing = _request(port, "GET", "/items")
    posted = dict(pair for pairs in created for pair in pairs)
    ids = [item_id for pairs in created for item_id, _ in pairs]
    items = listing[2] if len(listing) == 3 and type(listing[2]) is list else []
    listed = [item.get("id") for item in items if type(item) is dict]
    wrong_names = sum(
        1 for item in items if type(item) is not dict or posted.get(item.get("id")) != item.get("name")
    )
    return (
        len(ids),
        len(set(ids)),
        min(ids) if ids else None,
        max(ids) if ids else None,
        len(items),
        all(type(v) is int for v in listed) and listed == sorted(listed),
        set(listed) == set(ids) and len(listed) == len(ids),
        wrong_names,
        sum(others),
    )


def slow_client():
    """Two raw connections send half a request each (one stops inside the headers, one
    inside the body) and then wait; meanwhile POST /items {'name': 'quick'} and GET
    /items are sent on connections of their own. Returns their facts (then the slow
    connections are closed, and the server stopped)."""
    with _Serving() as port:
        slow = []
        try:
            first = _create_connection(("127.0.0.1", port), timeout=_TIMEOUT)
            slow.append(first)
            first.sendall(b"GET /items HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            second = _create_connection(("127.0.0.1", port), timeout=_TIMEOUT)
            slow.append(second)
            second.sendall(
                b"POST /items HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                b"Content-Type: application/json\r\nContent-Length: 17\r\n\r\n{\"name\": "
            )
            return [
                _request(port, "POST", "/items", {"name": "quick"}),
                _request(port, "GET", "/items"),
            ]
        finally:
            for connection in slow:
                connection.close()
