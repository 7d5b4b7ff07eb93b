"""Helpers for the browser tests (fixtures are in conftest.py)."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import threading
from pathlib import Path

SUBPATH = "/zi/"


def site_pages(site_dir: Path) -> list[str]:
    """Every HTML page of the built site, as paths relative to the site root ('' for the home page)."""
    pages = []
    for path in sorted(site_dir.rglob("*.html")):
        rel = path.relative_to(site_dir).as_posix()
        pages.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return pages


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


@contextlib.contextmanager
def serve(site_dir: Path, webroot: Path):
    """Serve ``site_dir`` at http://127.0.0.1:<port>/zi/ — a sub-path, as on an office's KPU website."""
    (webroot / SUBPATH.strip("/")).symlink_to(site_dir, target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(webroot))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUBPATH}"
    finally:
        server.shutdown()
