"""Helpers for the browser tests (fixtures are in conftest.py)."""

from __future__ import annotations

import gzip
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
