"""Engines: thin adapters that write the core's pages and assets with a static-site engine
(MkDocs + Material by default, Zensical optionally). Each one runs ``zisite.build`` and differs only
in how it writes what the build produced."""

from __future__ import annotations

from pathlib import Path

ENGINES = ("mkdocs", "zensical")
THEME_DIR = Path(__file__).resolve().parents[1] / "theme"
"""Material overrides (axe fixes, no web fonts, reader toolbar, chart CSS, footer) shipped in the
package, used by every engine, so an office repository needs no ``custom_dir`` of its own."""
UNUSED_THEME_FOLDERS = ("assets/javascripts/", "assets/stylesheets/")
"""The base theme's script bundle, search workers and full style sheets: no page loads them (docs/chrome.md:
our own modules and the trimmed assets/material.css instead), so no engine copies them into the site
(for MkDocs 2.5 MB, about 40 files, that every deploy would otherwise carry and verify)."""


def build(engine: str, config_file: Path, *, office: str | None = None, site_dir: Path | None = None,
          build_date: str | None = None) -> int:
    """Check and build the site described by ``config_file`` with ``engine``; 0 on success, 1 if not."""
    if engine == "zensical":
        from .zensical.command import build as run  # noqa: PLC0415 - each engine is imported only when used
    else:
        from .mkdocs.commands import build as run  # noqa: PLC0415
    return run(config_file, office=office, site_dir=site_dir, build_date=build_date)
