"""The one way to build a site, for every engine: typed options → load → check → render.

An engine adapter (``engines/mkdocs``, ``engines/zensical``) turns its own settings into
:class:`BuildOptions`, calls :func:`build_site`, reports the diagnostics and, when the data is valid,
writes the pages (:func:`page_source`), the assets and the nav its own way. Everything an engine
must not decide differently lives here, once: which day the site describes, when each office's data
last changed, the site name of a one-office build, and how the footer travels with each page.
This module imports no engine.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .diagnostics import Diagnostic, Severity
from .domain import clock
from .load import load_project
from .load.lastchange import last_changes
from .progress import Progress
from .render import Asset, Page, SiteOptions, render_site
from .render.site import navigation

FOOTER_KEY = "zi_footer"
"""Front-matter key holding a page's footer HTML (Tolak Gratifikasi badge and the office's channels);
the theme's footer block reads it as ``page.meta.zi_footer``. Front matter, not a plugin hook, so any
engine that reads Markdown front matter shows the footer."""

SEARCH_KEY = "zi_cari"
"""Front-matter key of a page the search index covers: ``{"kantor": …, "jenis": …}``, which the theme
marks for the indexer (the main content as ``data-pagefind-body``, the two as result metadata)."""
WASM_KEY = "zi_wasm"
"""Front-matter key of a page that runs WebAssembly (the search page): the theme adds
'wasm-unsafe-eval' to that page's Content-Security-Policy only (docs/csp.md)."""
OFFICE_KEY = "zi_office"
"""Front-matter key holding the office a page belongs to; the theme names it in the page's <title>."""
TITLE_KEY = "zi_judul"
"""Front-matter key holding the page's short name (its nav title: "Kontak", "Rencana Aksi 2026"), the
first part of its <title>, also for pages outside the engine's nav (a large group's office pages)."""
MENU_KEY = "zi_menu_kantor"
"""Front-matter key of a large group's office page: ``{"judul": office, "tautan": [{"judul", "href",
"kini"}]}``, the office's own pages, which the theme lists inside the site nav (partials/zi-nav.html)."""

MAX_WARNINGS_LOGGED = 20
"""A national build has thousands of warnings; an engine's log shows this many, `zisite check` all."""


class BuildOptionError(ValueError):
    """An option the build cannot use (unknown office, malformed date); the text is Indonesian."""


@dataclass(frozen=True)
class BuildOptions:
    root: Path
    """Project folder holding content/ and plans/."""
    office: str | None = None
    """Build one office at the site root (what an office deploys) instead of a group site."""
    build_date: date | None = None
    """The day the site describes; None: SOURCE_DATE_EPOCH if set, else today."""
    title: str = SiteOptions.title
    """Title of a group site's home page."""
    nav_offices_max: int = SiteOptions.nav_offices_max
    """Group sites with more offices list them on the home page instead of in the site nav."""
    overview_offices_max: int = SiteOptions.overview_offices_max
    """Group sites with more offices get a home page listing provinces and one overview per province."""
    docs_dir: Path | None = None
    """The engine's folder of the office's own pages, checked like content/ (no links, inside the
    project); None: the one ``mkdocs.yml`` in ``root`` names."""


@dataclass(frozen=True)
class SiteBuild:
    """What a build produced: always the diagnostics; pages, assets and nav only when the data is valid."""

    diagnostics: tuple[Diagnostic, ...]
    build_date: date
    pages: tuple[Page, ...] = ()
    assets: tuple[Asset, ...] = ()
    nav: list = field(default_factory=list)
    site_name: str | None = None
    """For a one-office build, the site's name ("Zona Integritas <office>"); None keeps the engine's."""

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        return not self.errors


def parse_build_date(text: str | None) -> date | None:
    """A ``YYYY-MM-DD`` option (from a config file or the command line); None when not given."""
    if not text:
        return None
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise BuildOptionError(f"tanggal pembangunan '{text}' bukan tanggal TTTT-BB-HH") from None


def resolve_build_date(explicit: date | None, environ: Mapping[str, str] = os.environ) -> date:
    """The explicit date, else SOURCE_DATE_EPOCH (reproducible builds), else today."""
    return explicit if explicit is not None else clock.today(environ)


def build_site(options: BuildOptions, progress: Progress = Progress()) -> SiteBuild:
    """Load and check the project; render every page and asset if the data is valid.

    ``progress`` is told each stage (a command's terminal reporter; by default nothing is shown).
    Raises :class:`BuildOptionError` when the data is valid but ``options.office`` names no office.
    """
    root = Path(options.root).resolve()
    on = resolve_build_date(options.build_date)
    progress.stage("memeriksa data")
    project = load_project(root, only_office=options.office, docs_dir=options.docs_dir)
    if not project.ok:
        return SiteBuild(tuple(project.diagnostics), on)
    entry = project.office(options.office) if options.office else None
    if options.office and entry is None:
        raise BuildOptionError(f"kantor '{options.office}' tidak ada di content/offices/")
    progress.stage("menyusun halaman")
    updated = last_changes(root, [o.slug for o in project.offices])
    pages, assets = render_site(project, SiteOptions(title=options.title, office=options.office, build_date=on,
                                                     updated=updated, nav_offices_max=options.nav_offices_max,
                                                     overview_offices_max=options.overview_offices_max), progress)
    return SiteBuild(tuple(project.diagnostics), on, tuple(pages), tuple(assets), navigation(pages),
                     f"Zona Integritas {entry.office.nama_singkat}" if entry else None)


def page_source(page: Page) -> str:
    """The page as an engine reads it: front matter carrying its footer, its office and what the search
    index needs, then the Markdown body.

    JSON is YAML, so each value is one safely quoted front-matter string.
    """
    meta: dict = {}
    if page.footer:
        meta[FOOTER_KEY] = page.footer
    if page.office:
        meta[OFFICE_KEY] = page.office
    if page.nav and page.nav[-1] != page.title:
        meta[TITLE_KEY] = page.nav[-1]
    if page.menu is not None:
        meta[MENU_KEY] = {"judul": page.menu[0],
                          "tautan": [{"judul": title, "href": href, "kini": here} for title, href, here in page.menu[1]]}
    if page.search is not None:
        meta[SEARCH_KEY] = {"kantor": page.search[0], "jenis": page.search[1]}
    if page.wasm:
        meta[WASM_KEY] = True
    if not meta:
        return page.body
    lines = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in meta.items())
    return f"---\n{lines}---\n\n{page.body}"


def report_lines(site: SiteBuild, max_warnings: int = MAX_WARNINGS_LOGGED) -> list[tuple[Severity, str]]:
    """What an engine logs: every error, the first warnings, and a pointer to `zisite check` for the rest."""
    warnings = [d for d in site.diagnostics if d.severity is not Severity.ERROR]
    lines = [(Severity.ERROR, d.format()) for d in site.errors]
    lines += [(Severity.WARNING, d.format()) for d in warnings[:max_warnings]]
    if len(warnings) > max_warnings:
        lines.append((Severity.WARNING, f"… dan {len(warnings) - max_warnings} peringatan lain; "
                                        "jalankan `zisite check` untuk daftar lengkapnya"))
    return lines


def failure_message(site: SiteBuild) -> str:
    return (f"zisite: {len(site.errors)} galat dalam data; situs tidak dibangun dan tidak ada berkas yang ditulis. "
            "Perbaiki galat di atas lalu bangun ulang.")
