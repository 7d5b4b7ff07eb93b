"""A built site served on 127.0.0.1 the way a web server configured per the staff guide serves it.

Text (HTML, CSS, JavaScript, JSON, SVG, XML) is gzip-compressed (level 6) when the client asks for
it; Pagefind's ``*.pagefind`` and ``*.pf_*`` files are sent as they are (Pagefind compresses them
itself); missing addresses get ``404.html`` with status 404; the site can sit under a sub-path
(``/zi/``), as it does on an office's KPU host; static files carry a one-day cache lifetime. For the
benchmarks only (Lighthouse, search weight): the tests use ``tests/browser/browserkit.py``.
"""

from __future__ import annotations

import gzip
import mimetypes
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSED_TYPES = {"text/html", "text/css", "text/javascript", "application/javascript", "application/json",
                    "image/svg+xml", "application/xml", "text/xml", "text/plain"}
mimetypes.add_type("text/javascript", ".js")
mimetypes.add_type("application/wasm", ".wasm")


def _handler(site: Path, prefix: str, sent: list[tuple[str, int, int]]):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet: the benchmarks print their own tables
            pass

        def _target(self) -> tuple[int, Path | None, str | None]:
            path = unquote(urlsplit(self.path).path)
            if not path.startswith(prefix):
                return 404, site / "404.html", None
            file = (site / path[len(prefix):]).resolve()
            if site not in (file, *file.parents):
                return 404, site / "404.html", None
            if file.is_dir():
                if not path.endswith("/"):
                    return 301, None, path + "/"
                file = file / "index.html"
            if not file.is_file():
                return 404, site / "404.html", None
            return 200, file, None

        def do_GET(self):  # noqa: N802 (http.server's naming)
            status, file, location = self._target()
            if location:
                self.send_response(status)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = file.read_bytes()
            kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            self.send_response(status)
            self.send_header("Content-Type", f"{kind}; charset=utf-8" if kind in COMPRESSED_TYPES else kind)
            if kind in COMPRESSED_TYPES and "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzip.compress(body, 6)
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Vary", "Accept-Encoding")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "public, max-age=86400")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            sent.append((self.path, status, len(body)))

        do_HEAD = do_GET  # the 404 page probes with HEAD

    return Handler


@contextmanager
def serve(site: Path, prefix: str = "/"):
    """Serve ``site`` under ``prefix``; yields ``(base_url, sent)``, ``sent`` listing (path, status, bytes)."""
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    sent: list[tuple[str, int, int]] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(Path(site).resolve(), prefix, sent))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}", sent
    finally:
        server.shutdown()
        server.server_close()
