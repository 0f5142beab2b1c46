# expect: wrong_answer
# No lock around the id counter: it reads the next id, does other work that lets other
# threads run (time.sleep(0) here), then stores id + 1, so concurrent POSTs share ids.

import http.server
import json
import re
import threading

ITEM_PATH = re.compile(r"/items/([0-9]+)")


class Store:
    """The items of one server, safe to use from several threads at once."""

    def __init__(self):
        self._lock = threading.Lock()
        self._names = {}  # id -> name, in creation order
        self._next_id = 1

    def all(self):
        with self._lock:
            return [{"id": item_id, "name": name} for item_id, name in self._names.items()]

    def get(self, item_id):
        with self._lock:
            if item_id not in self._names:
                return None
            return {"id": item_id, "name": self._names[item_id]}

    def create(self, name):
        with self._lock:
            item_id = self._next_id
            self._next_id += 1
            self._names[item_id] = name
            return {"id": item_id, "name": name}

    def rename(self, item_id, name):
        with self._lock:
            if item_id not in self._names:
                return None
            self._names[item_id] = name
            return {"id": item_id, "name": name}

    def delete(self, item_id):
        with self._lock:
            return self._names.pop(item_id, None) is not None


class BadRequest(Exception):
    """The request body is not a JSON object with a string `name`."""


class ApiHandler(http.server.BaseHTTPRequestHandler):
    """GET/POST /items, GET/PUT/DELETE /items/<id>."""

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
        store = self.server.store
        body = self._read_body()
        path = self.path.split("?", 1)[0]
        match = ITEM_PATH.fullmatch(path)
        try:
            if path == "/items":
                if method == "GET":
                    return self._json(200, store.all())
                if method == "POST":
                    item_id = store._next_id
                    name = self._name(self._read_more(body))
                    store._next_id = item_id + 1
                    store._names[item_id] = name
                    item = {"id": item_id, "name": name}
                    return self._json(201, item, {"Location": "/items/%d" % item["id"]})
            elif match:
                item_id = int(match.group(1))
                if method == "GET":
                    return self._found(store.get(item_id))
                if method == "PUT":
                    return self._found(store.rename(item_id, self._name(body)))
                if method == "DELETE":
                    if not store.delete(item_id):
                        return self._json(404, {"error": "no item %d" % item_id})
                    self.send_response(204)
                    return self.end_headers()
            else:
                return self._json(404, {"error": "no such path"})
        except BadRequest as error:
            return self._json(400, {"error": str(error)})
        return self._json(405, {"error": "method not allowed"})

    def _read_more(self, body):
        import time
        time.sleep(0)
        return body

    def _read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    @staticmethod
    def _name(body):
        try:
            data = json.loads(body.decode("utf-8"))
        except ValueError:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            raise BadRequest("the body is not valid JSON") from None
        if not isinstance(data, dict) or not isinstance(data.get("name"), str):
            raise BadRequest('the body must be an object with a string "name"')
        return data["name"]

    def _found(self, item):
        if item is None:
            return self._json(404, {"error": "no such item"})
        return self._json(200, item)

    def _json(self, status, value, headers=None):
        data = json.dumps(value).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, text in (headers or {}).items():
            self.send_header(name, text)
        self.end_headers()
        self.wfile.write(data)


def make_server(port: int) -> http.server.HTTPServer:
    """A threading server bound to 127.0.0.1:port (0: any free port), not yet serving,
    with an empty store."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), ApiHandler)
    server.store = Store()
    return server
