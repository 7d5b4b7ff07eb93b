"""MkDocs' terminal output in Indonesian: useful lines translated, noise dropped, nothing hidden that matters.

Staff read this output; MkDocs and Material speak English ("Cleaning site directory", "Serving
on …"). :class:`IndonesianLog` is the one handler ``zisite build`` and ``serve`` log through:
zisite's own messages pass as they are; a line MkDocs says that we know is translated
(:func:`translate`) or dropped; any other warning or error from MkDocs or a library is kept,
prefixed in Indonesian, so a problem is never silenced; any other information line is dropped.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from ...progress import Progress, current
from ...text.format import angka

_CLOCK = re.compile(r"^(\[\d\d:\d\d:\d\d\] )")
_ZISITE_LOGGERS = ("zisite", "mkdocs.plugins.zisite")

_DROPPED = re.compile(
    r"^(Cleaning site directory|Building documentation\.\.\.|Browser connected: |"
    r"The directory contains stale files|Reading |Copying static assets|Building markdown pages)")
_OWN_FOLDERS = ("zisite-deploy-", "zisite-serve-")
"""Temporary build folders of `zisite deploy` and `serve`: naming them would only puzzle staff."""
_COUNTS = {"warnings": "peringatan", "errors": "galat", "warning": "peringatan", "error": "galat"}


def _shown_dir(folder: str) -> str | None:
    """The output folder as staff know it (relative to here when below here); None for deploy's own."""
    path = Path(folder).resolve()
    if any(part.startswith(_OWN_FOLDERS) for part in path.parts):
        return None
    try:
        return f"{path.relative_to(Path.cwd().resolve()).as_posix()}/"
    except ValueError:
        return f"{path.as_posix()}/"


def translate_abort(text: str) -> str:
    """MkDocs' reasons for stopping, as staff should read them; other text unchanged."""
    if m := re.fullmatch(r"Aborted with (.+) in strict mode!", text):
        counts = re.sub(r"(\d+) (\w+)", lambda c: f"{c[1]} {_COUNTS.get(c[2], c[2])}", m[1])
        return (f"pembangunan dihentikan: {counts} dari MkDocs (mode strict di mkdocs.yml: setiap peringatan "
                "menghentikan pembangunan); perbaiki peringatan di atas lalu bangun ulang")
    if m := re.fullmatch(r"Aborted with (\d+|a) configuration errors?!", text):
        return f"mkdocs.yml tidak sah: {'1' if m[1] == 'a' else m[1]} galat konfigurasi (lihat di atas)"
    if text == "Aborted with a BuildError!":
        return "pembangunan dihentikan karena galat MkDocs di atas"
    return text


class IndonesianLog(logging.Handler):
    """Writes every kept record to the progress reporter's stream, clearing a live bar first."""

    def __init__(self, stream, progress: Progress | None = None):
        super().__init__(logging.DEBUG)
        self.stream = stream
        self.progress = progress
        self.site_dir: str | None = None  # from "Building documentation to directory", for the last line

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.translate(record)
            if text is None:
                return
            progress = self.progress or current()
            progress.clear()
            self.stream.write(text + "\n")
            self.stream.flush()
            progress.resume()
        except Exception:  # noqa: BLE001 - logging must never stop the build
            self.handleError(record)

    def translate(self, record: logging.LogRecord) -> str | None:
        """The Indonesian line for ``record``, or None to drop it."""
        message = record.getMessage()
        if record.name in _ZISITE_LOGGERS or record.name.startswith("zisite."):
            return message
        clock = ""
        if m := _CLOCK.match(message):
            clock, message = m[1], message[m.end():]
        if (line := self._known(message)) is not None:
            return clock + line if line else None
        if record.levelno >= logging.ERROR:
            return f"{clock}galat dari MkDocs (bahasa Inggris): {translate_abort(message)}"
        if record.levelno >= logging.WARNING:
            return f"{clock}peringatan dari MkDocs (bahasa Inggris): {message}"
        return None

    def _known(self, message: str) -> str | None:
        """A known MkDocs line: its translation, "" to drop it, None when unknown."""
        if _DROPPED.match(message):
            return ""
        if m := re.fullmatch(r"Building documentation to directory: (.+)", message):
            self.site_dir = _shown_dir(m[1])
            return ""
        if m := re.fullmatch(r"Documentation built in ([\d.]+) seconds", message):
            where = f" di {self.site_dir}" if self.site_dir else ""
            return f"zisite: situs dibangun dalam {angka(float(m[1]), 2)} detik{where}"
        if m := re.fullmatch(r"Serving on (\S+)( and opening it in a browser)?", message):
            return f"zisite: menyajikan situs di {m[1]} (tekan Ctrl+C untuk berhenti)"
        if m := re.fullmatch(r"Watching paths for changes: (.+)", message):
            paths = ", ".join(p.strip("'") for p in m[1].split(", "))
            return f"zisite: memantau perubahan di {paths}"
        if message == "Detected file changes":
            return "zisite: ada berkas yang berubah; membangun ulang…"
        if message == "Reloading browsers":
            return "zisite: halaman di peramban dimuat ulang"
        if message.startswith("Shutting down"):
            return "zisite: server dihentikan"
        if message.startswith("An error happened during the rebuild"):
            return "zisite: galat saat membangun ulang; perbaiki berkasnya, server membangun ulang sendiri"
        if m := re.fullmatch(r'"(\S+) (\S+) [^"]*" code (\d+)', message):
            if m[3] == "503":
                return ""  # the error page `zisite serve` shows while the site cannot be built
            what = "tidak ditemukan" if m[3] == "404" else "gagal"
            return f"zisite: {m[2]} {what} (kode {m[3]})"
        if message.startswith("Aborted with"):
            return f"zisite: galat: {translate_abort(message)}"
        return None


def install(stream, progress: Progress | None = None) -> IndonesianLog:
    """Route all logging at INFO and above through one :class:`IndonesianLog` (replacing earlier ones)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, IndonesianLog):
            root.removeHandler(handler)
    handler = IndonesianLog(stream, progress)
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler
