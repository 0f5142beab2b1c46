# expect: wrong_answer
# Keeps the server it made for a port and hands it out again: two make_server(0) calls
# give the same server, not two servers on two free ports.

import http.server
from urllib.parse import parse_qs, urlsplit

# The method each known path answers; any other method there gets 405.
ROUTES = {"/": "GET", "/echo": "GET", "/upper": "POST"}


class Handler(http.server.BaseHTTPRequestHandler):
    """Answers GET /, GET /echo?msg=TEXT and POST /upper."""

    def do_GET(self):
        self._dispatch("GET")

    def do_POST(self):
        self._dispatch("POST")

    def do_PUT(self):
        self._dispatch("PUT")

    def do_PATCH(self):
        self._dispatch("PATCH")

    def do_DELETE(self):
        self._dispatch("DELETE")

    def _dispatch(self, method):
        url = urlsplit(self.path)
        body = self._read_body()
        allowed = ROUTES.get(url.path)
        if allowed is None:
            self._reply(404, "not found\n")
        elif method != allowed:
            self._reply(405, "method not allowed\n", {"Allow": allowed})
        elif url.path == "/":
            self._reply(200, "Hello, world!\n")
        elif url.path == "/echo":
            query = parse_qs(url.query, keep_blank_values=True)
            self._reply(200, query.get("msg", [""])[0])
        else:
            self._reply(200, body.decode("utf-8").upper())

    def _read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _reply(self, status, text, headers=None):
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


_SERVERS = {}


def make_server(port: int) -> http.server.HTTPServer:
    """One server per port number, made once: make_server(0) twice gives the same one."""
    if port not in _SERVERS:
        _SERVERS[port] = http.server.HTTPServer(("127.0.0.1", port), Handler)
    return _SERVERS[port]
