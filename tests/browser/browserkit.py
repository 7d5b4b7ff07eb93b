"""Helpers for the browser tests (fixtures are in conftest.py)."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

SUBPATH = "/zi/"
ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
# Every rule of the tags runs on every node as before; resultTypes only stops axe describing each
# passing and inapplicable node (a selector and an HTML snippet apiece, megabytes on a plan page),
# which no test reads: the violations are reported in full, at a third of the time.
AXE_RUN = "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"


@functools.cache
def _axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


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
def serve(site_dir: Path, webroot: Path, subpath: str = SUBPATH):
    """Serve ``site_dir`` at http://127.0.0.1:<port>/zi/ — a sub-path, as on an office's KPU website —
    or, with ``subpath="/"``, at the root, as on an office's own subdomain."""
    if subpath != "/":
        (webroot / subpath.strip("/")).symlink_to(site_dir, target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(webroot if subpath != "/" else site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{subpath}"
    finally:
        server.shutdown()


class Visit:
    """One page load in a fresh context, remembering every request it made and every error the page
    reported (console errors, uncaught exceptions). ``init_script`` runs in every document the page
    loads, before the document's own scripts."""

    def __init__(self, browser, url: str, width: int, *, init_script: str | None = None, **context_options):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": width, "height": 900}, **context_options)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(
            f"console: {message.text} ({message.location.get('url')}:{message.location.get('lineNumber')})"))
        self.page.on("pageerror", lambda error: self.errors.append(f"exception: {error}"))
        if init_script:
            self.page.add_init_script(init_script)
        # Anything not on this machine is refused, and recorded above before it is.
        self.page.route("**/*", lambda route: route.continue_() if urlparse(route.request.url).hostname == "127.0.0.1"
                        else route.abort())
        self.goto(url)

    def goto(self, url: str):
        """Load ``url`` in this context (a walk reuses one context: cheaper than a new one per page)
        and wait until the page has settled (half a second without requests)."""
        self.response = self.page.goto(url, wait_until="load")
        self.page.wait_for_load_state("networkidle")

    def axe(self, tags=AXE_TAGS) -> list[dict]:
        if not AXE.is_file():
            pytest.fail(f"{AXE} is missing: run ./dev test, which runs npm ci")
        if not self.page.evaluate("() => typeof window.axe === 'object'"):  # once per document
            # Evaluated by the test driver, not added as an inline <script>, which the site's
            # Content-Security-Policy blocks (as it should: test_csp_browser.py).
            self.page.evaluate(_axe_source())
        result = self.page.evaluate(AXE_RUN, tags)
        return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
                 "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]

    def close(self):
        self.context.close()
