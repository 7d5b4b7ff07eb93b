"""`zisite pratinjau`: a copy of a built site that works when opened from disk (file://).

The published site uses directory URLs (``../kontak/``), which a web server answers with
``index.html`` but a browser opening files shows as a folder listing. A pull-request preview is
downloaded as an archive and opened from disk, so its links must name the file. The published
site itself is never changed.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

_ATTRIBUTE = re.compile(r'(\s(?:href|src|action)=")([^"]*)(")')
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_PATH = re.compile(r"([^#?]*)(.*)", re.S)


def file_url(url: str) -> str:
    """``url`` with a directory path made to name its ``index.html``; other URLs unchanged.

    Only relative paths change: absolute URLs, ``//host`` links, root-relative paths and pure
    fragments are left alone (the site itself writes relative links only).
    """
    if not url or url.startswith(("#", "/", "?")) or _SCHEME.match(url):
        return url
    path, tail = _PATH.match(url).groups()
    if path in (".", "..") or path.endswith(("/.", "/..")):
        path += "/"
    if not path.endswith("/"):
        return url
    return f"{path}index.html{tail}"


def rewrite(html: str) -> str:
    """Every ``href``, ``src`` and ``action`` of a page, made file-openable."""
    return _ATTRIBUTE.sub(lambda m: m.group(1) + file_url(m.group(2)) + m.group(3), html)


def write(site: Path, out: Path) -> int:
    """Copy ``site`` to ``out`` (which must not exist) with file-openable links; pages rewritten."""
    shutil.copytree(site, out)
    pages = 0
    for page in out.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        changed = rewrite(text)
        if changed != text:
            page.write_text(changed, encoding="utf-8")
        pages += 1
    return pages
