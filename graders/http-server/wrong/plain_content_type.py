# expect: wrong_answer
# Sends Content-Type: text/plain without the charset=utf-8 that GET / must carry.

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
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def make_server(port: int) -> http.server.HTTPServer:
    """A server bound to 127.0.0.1:port (0: any free port), not yet serving."""
    return http.server.HTTPServer(("127.0.0.1", port), Handler)
