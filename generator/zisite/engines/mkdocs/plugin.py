"""The MkDocs adapter: a thin layer over the engine-free core.

on_config checks the data (and aborts the build, writing nothing, if it is invalid) and renders
every page; on_files adds them; on_serve watches the data folders. No logic lives here.
"""

from __future__ import annotations

import logging
import os
from datetime import date, datetime, timezone
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from ...diagnostics import Severity
from ...load.lastchange import last_changes
from ...load import load_project
from ...render import SiteOptions, render_site
from ...render.site import navigation

log = logging.getLogger("mkdocs.plugins.zisite")
THEME_DIR = Path(__file__).resolve().parents[2] / "theme"
"""Material overrides (axe fixes, no web fonts, reader toolbar, chart CSS), shipped in the package so
an office repository needs no ``custom_dir`` of its own."""
MAX_WARNINGS_LOGGED = 20  # a national build has thousands; `zisite check` lists them all


class ZisiteConfig(Config):
    root = c.Optional(c.Type(str))
    """Project folder holding content/ and plans/; default: the folder of mkdocs.yml."""
    title = c.Type(str, default="Zona Integritas KPU")
    """Title of a group site's home page."""
    office = c.Optional(c.Type(str))
    """Build one office at the site root (what an office deploys) instead of a group site."""
    build_date = c.Optional(c.Type(str))
    """The day the site describes (YYYY-MM-DD); default: SOURCE_DATE_EPOCH if set, else today."""
    nav_offices_max = c.Type(int, default=20)
    """Group sites with more offices list them on the home page instead of in the site nav."""
    deploy_target = c.Optional(c.Type(str))
    """Where `zisite deploy` publishes when no TARGET is given: a folder, ssh://… or a .zip path."""


class ZisitePlugin(BasePlugin[ZisiteConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.pages = []
        self.assets = []
        self.footers: dict[str, str] = {}
        self.root: Path | None = None

    def on_config(self, config):
        self._add_theme(config.theme)
        self.root = Path(self.config.root or Path(config.config_file_path).parent).resolve()
        # `zisite serve --office` passes the office through the environment (MkDocs' serve
        # reloads the config itself, so it cannot be set on the plugin object).
        self.config.office = self.config.office or os.environ.get("ZISITE_OFFICE") or None
        project = load_project(self.root, only_office=self.config.office)
        warnings = [d for d in project.diagnostics if d.severity is not Severity.ERROR]
        for d in project.diagnostics:
            if d.severity is Severity.ERROR:
                log.error(d.format())
        for d in warnings[:MAX_WARNINGS_LOGGED]:
            log.info(d.format())
        if len(warnings) > MAX_WARNINGS_LOGGED:
            log.info(f"… dan {len(warnings) - MAX_WARNINGS_LOGGED} peringatan lain; jalankan `zisite check` untuk daftar lengkapnya")
        if not project.ok:
            errors = sum(1 for d in project.diagnostics if d.severity is Severity.ERROR)
            raise Abort(f"zisite: {errors} galat dalam data; situs tidak dibangun dan tidak ada berkas yang ditulis. "
                        "Perbaiki galat di atas lalu bangun ulang.")
        if self.config.office and project.office(self.config.office) is None:
            raise Abort(f"zisite: kantor '{self.config.office}' tidak ada di content/offices/")
        if self.config.office:
            config.site_name = f"Zona Integritas {project.office(self.config.office).office.nama_singkat}"
        updated = last_changes(self.root, [o.slug for o in project.offices])
        self.pages, self.assets = render_site(project, SiteOptions(title=self.config.title, office=self.config.office,
                                                               build_date=self._build_date(), updated=updated,
                                                               nav_offices_max=self.config.nav_offices_max))
        self.footers = {page.path: page.footer for page in self.pages}
        if not config.nav:
            config.nav = navigation(self.pages)
        return config

    @staticmethod
    def _add_theme(theme) -> None:
        """Put the packaged overrides just below the site's own ``custom_dir`` (which still wins)."""
        theme_dir = str(THEME_DIR)
        if theme_dir not in theme.dirs:
            theme.dirs.insert(1 if theme.custom_dir else 0, theme_dir)

    def _build_date(self) -> date:
        chosen = self.config.build_date or os.environ.get("ZISITE_BUILD_DATE")
        if chosen:
            try:
                return date.fromisoformat(chosen)
            except ValueError:
                raise Abort(f"zisite: tanggal pembangunan '{chosen}' bukan tanggal TTTT-BB-HH") from None
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        if epoch and epoch.isdigit():
            return datetime.fromtimestamp(int(epoch), tz=timezone.utc).date()
        return date.today()

    def on_files(self, files: Files, *, config) -> Files:
        for page in self.pages:
            inclusion = InclusionLevel.UNDEFINED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, page.path, content=page.body, inclusion=inclusion))
        for asset in self.assets:
            if asset.source is not None:
                files.append(File.generated(config, asset.path, abs_src_path=asset.source))
            else:
                files.append(File.generated(config, asset.path, content=asset.content))
        return files

    def on_page_context(self, context, *, page, config, nav):
        context["zi_footer"] = self.footers.get(page.file.src_uri, "")
        return context

    def on_serve(self, server, *, config, builder):
        for folder in ("plans", "content"):
            path = self.root / folder
            if path.is_dir():
                server.watch(str(path))
        return server
