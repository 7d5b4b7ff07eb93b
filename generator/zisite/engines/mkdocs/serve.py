"""`zisite serve`: MkDocs' development server, showing why the site cannot be built where staff look.

MkDocs' own ``serve`` keeps the last good site when a rebuild fails and makes every request wait
for a build that never finishes, so the browser hangs with no message (and a first build that
fails stops the server). Here the builder never fails: when the data (or the build) has errors,
it keeps them as an error page (``error_page.py``) and returns, so the server's "a new build is
visible" signal still fires and open pages reload. Until the next good build, every page request
gets the error page, with MkDocs' livereload script injected as into any page, so the page
reloads by itself the moment the data is fixed. Assets (CSS, images, …) are served as before.

MkDocs injects that script inline, which the site's Content-Security-Policy (``script-src 'self'``,
docs/csp.md) blocks: an open page of the site would never reload, not even to show the errors.
Here it is a script file from the server itself (``/_zisite/livereload/<build>/<page>.js``).

This is ``mkdocs.commands.serve.serve`` (MkDocs 1.6, the last 1.x) with that builder. It relies on
private parts of ``mkdocs.livereload``: ``_epoch_cond``/``_visible_epoch``/``_wanted_epoch`` (to
wait for a build in progress), ``_inject_js_into_html`` (replaced), ``_SCRIPT_TEMPLATE`` and
``_timestamp``; ``tests/test_serve_errors.py`` fails if they change.
"""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
import traceback
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, BuildError, ConfigurationError
from mkdocs.livereload import _SCRIPT_TEMPLATE, LiveReloadServer, _serve_url, _timestamp

from ..office_config import ConfigFileError
from .error_page import error_page
from .plugin import DataErrors
from .terminal import IndonesianLog, translate_abort

log = logging.getLogger("zisite.serve")
_SCRIPT = re.compile(r"/_zisite/livereload/(\d+)/(\d+)\.js")


def _is_page(path: str) -> bool:
    """A request a browser makes for a page (not for an asset): a folder, an .html file or no extension."""
    name = path.rsplit("/", 1)[-1]
    return not name or name.endswith((".html", ".htm")) or "." not in name


class _Said(logging.Handler):
    """Every warning and error MkDocs logs (not ours: those reach the page as diagnostics), as the terminal words it."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines: list[str] = []
        self.words = IndonesianLog(None)

    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith("mkdocs.plugins.zisite"):
            line = self.words.translate(record)
            if line:
                self.lines.append(line)


class ErrorPageServer(LiveReloadServer):
    """Serves :attr:`error` (HTML) for every page request while it is set; otherwise the built site."""

    error: bytes | None = None

    def serve_request(self, environ, start_response):
        path = environ["PATH_INFO"].encode("latin-1").decode("utf-8", "ignore")
        if script := _SCRIPT.fullmatch(path):
            content = _SCRIPT_TEMPLATE.substitute(epoch=script[1], request_id=script[2]).encode()
            start_response("200 OK", [("Content-Type", "application/javascript"), ("Cache-Control", "no-store"),
                                      ("Content-Length", str(len(content)))])
            return [content]
        if path.startswith("/livereload/") or not _is_page(path):
            return super().serve_request(environ, start_response)
        with self._epoch_cond:  # as MkDocs does: never answer from a build still being written
            self._epoch_cond.wait_for(lambda: self._visible_epoch == self._wanted_epoch)
            epoch, page = self._visible_epoch, self.error
        if page is None:
            return super().serve_request(environ, start_response)
        content = self._inject_js_into_html(page, epoch)
        start_response("503 Service Unavailable", [("Content-Type", "text/html; charset=utf-8"),
                                                   ("Content-Length", str(len(content))),
                                                   ("Cache-Control", "no-store")])
        return [content]

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        """MkDocs' livereload script as a file of this server, which ``script-src 'self'`` allows."""
        tag = f'<script src="/_zisite/livereload/{epoch}/{_timestamp()}.js"></script>'.encode()
        end = content.rfind(b"</body>")
        end = len(content) if end < 0 else end
        return content[:end] + tag + content[end:]


def serve(config_file: str, dev_addr: str, **overrides) -> None:
    """Build, serve on ``dev_addr`` and rebuild on every change until interrupted (Ctrl+C).

    Raises what MkDocs raises when ``mkdocs.yml`` itself cannot be read or the address is taken.
    """
    site_dir = tempfile.mkdtemp(prefix="zisite-serve-")

    def get_config():
        return load_config(config_file=config_file, site_dir=site_dir, dev_addr=dev_addr, **overrides)

    config = get_config()
    config.plugins.on_startup(command="serve", dirty=False)
    host, port = config.dev_addr
    mount_path = urlsplit(config.site_url or "/").path
    config.site_url = serve_url = _serve_url(host, port, mount_path)
    server: ErrorPageServer

    def builder(config=None) -> None:
        said = _Said()  # MkDocs' own warnings in this build, for the page when it fails
        logging.getLogger("mkdocs").addHandler(said)
        try:
            if config is None:
                config = get_config()
                config.site_url = serve_url
            build(config, serve_url=serve_url)
        except DataErrors as exc:
            log.error(str(exc))
            log.error("zisite: setiap halaman di peramban menampilkan galat ini sampai berkasnya diperbaiki dan "
                      "disimpan; situs lalu dibangun ulang dan halaman dimuat ulang sendiri")
            server.error = error_page(exc.diagnostics).encode("utf-8")
        except (Abort, BuildError, ConfigurationError, ConfigFileError) as exc:
            message = translate_abort(str(exc))
            log.error(f"zisite: galat: {message}")
            server.error = error_page(message=message, details=said.lines).encode("utf-8")
        except Exception as exc:  # noqa: BLE001 - a bug must not leave every page hanging either
            log.error("zisite: galat tak terduga saat membangun:\n" + traceback.format_exc())
            server.error = error_page(message=f"{type(exc).__name__}: {exc}", details=said.lines).encode("utf-8")
        else:
            server.error = None
        finally:
            logging.getLogger("mkdocs").removeHandler(said)

    server = ErrorPageServer(builder=builder, host=host, port=port, root=site_dir, mount_path=mount_path)

    def not_found(code: int) -> bytes | None:  # as MkDocs: the site's own 404 page
        page = Path(site_dir, f"{code}.html")
        return page.read_bytes() if code in (404, 500) and page.is_file() else None

    server.error_handler = not_found
    try:
        builder(config)
        server.watch(config.docs_dir)
        if config.config_file_path:
            server.watch(config.config_file_path)
        server = config.plugins.on_serve(server, config=config, builder=builder)
        for item in config.watch:
            server.watch(item)
        try:
            server.serve()
        except KeyboardInterrupt:
            log.info("zisite: server dihentikan")
        finally:
            server.shutdown()
    finally:
        config.plugins.on_shutdown()
        if Path(site_dir).is_dir():
            shutil.rmtree(site_dir)
