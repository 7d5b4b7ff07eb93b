"""The MkDocs adapter: a thin layer over the engine-neutral build (``zisite.build``).

on_config runs the build (load → check → render), logs its diagnostics and aborts, writing nothing,
if the data is invalid (:class:`DataErrors`, which `zisite serve` turns into its error page); on_files
adds the rendered pages and assets; on_post_build writes the search index (``engines/search_index.py``);
on_serve watches the data folders. The page hooks also move the
command's progress bar (``zisite.progress``), which shows nothing under plain ``mkdocs``. Each page
carries its footer in its own front matter, which the theme reads as ``page.meta``: no page-context hook, so nothing here that another engine would have to imitate.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from ...build import (BuildOptionError, BuildOptions, SiteBuild, build_site, failure_message, page_source,
                      parse_build_date, report_lines)
from ...diagnostics import Diagnostic, Severity
from ...progress import current
from ...render import SiteOptions
from .. import THEME_DIR, UNUSED_THEME_FOLDERS
from ..search_index import SearchIndexError, index_site
from .raw_html import RawHtml

log = logging.getLogger("mkdocs.plugins.zisite")


class DataErrors(Abort):
    """The data has errors: nothing is built. Carries the diagnostics, for `zisite serve`'s error page."""

    def __init__(self, message: str, diagnostics: tuple[Diagnostic, ...]):
        super().__init__(message)
        self.diagnostics = diagnostics


class ZisiteConfig(Config):
    root = c.Optional(c.Type(str))
    """Project folder holding content/ and plans/; default: the folder of mkdocs.yml."""
    title = c.Type(str, default=SiteOptions.title)
    """Title of a group site's home page."""
    office = c.Optional(c.Type(str))
    """Build one office at the site root (what an office deploys) instead of a group site."""
    build_date = c.Optional(c.Type(str))
    """The day the site describes (YYYY-MM-DD); default: SOURCE_DATE_EPOCH if set, else today."""
    nav_offices_max = c.Type(int, default=SiteOptions.nav_offices_max)
    """Group sites with more offices list them on the home page instead of in the site nav."""
    overview_offices_max = c.Type(int, default=SiteOptions.overview_offices_max)
    """Group sites with more offices get a home page listing provinces and one overview per province."""
    deploy_target = c.Optional(c.Type(str))
    """Where `zisite deploy` publishes when no TARGET is given: a folder, ssh://… or a .zip path."""


def _unused_theme_file(file: File, config) -> bool:
    """A file under UNUSED_THEME_FOLDERS from the base theme's own folders (Material's, MkDocs');
    files of the same name in an office's custom_dir or docs_dir are kept."""
    if not file.src_uri.startswith(UNUSED_THEME_FOLDERS) or not file.abs_src_path:
        return False
    own = {Path(d).resolve() for d in (config.theme.custom_dir, THEME_DIR, config.docs_dir) if d}
    source = Path(file.abs_src_path).resolve()
    return any(Path(d).resolve() in source.parents for d in config.theme.dirs if Path(d).resolve() not in own)


class ZisitePlugin(BasePlugin[ZisiteConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.site: SiteBuild | None = None
        self.root: Path | None = None
        self.raw_html = RawHtml({})

    def on_config(self, config):
        self._add_theme(config.theme)
        self.root = Path(self.config.root or Path(config.config_file_path).parent).resolve()
        try:
            site = build_site(BuildOptions(root=self.root, office=self.config.office or None,
                                           build_date=parse_build_date(self.config.build_date),
                                           title=self.config.title, nav_offices_max=self.config.nav_offices_max,
                                           overview_offices_max=self.config.overview_offices_max,
                                           docs_dir=Path(config.docs_dir)), current())
        except BuildOptionError as exc:
            raise Abort(f"zisite: {exc}") from None
        for severity, line in report_lines(site):
            (log.error if severity is Severity.ERROR else log.info)(line)
        if not site.ok:
            raise DataErrors(failure_message(site), site.diagnostics)
        self.site = site
        self.raw_html = RawHtml({page.path: page.html_blocks for page in site.pages})
        if site.site_name:
            config.site_name = site.site_name
        if not config.nav:
            config.nav = site.nav
        return config

    @staticmethod
    def _add_theme(theme) -> None:
        """Put the packaged overrides just below the site's own ``custom_dir`` (which still wins)."""
        theme_dir = str(THEME_DIR)
        if theme_dir not in theme.dirs:
            theme.dirs.insert(1 if theme.custom_dir else 0, theme_dir)

    def on_files(self, files: Files, *, config) -> Files:
        for file in [f for f in files if _unused_theme_file(f, config)]:
            files.remove(file)
        for page in self.site.pages:
            inclusion = InclusionLevel.UNDEFINED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, page.path, content=page_source(page), inclusion=inclusion))
        for asset in self.site.assets:
            if asset.source is not None:
                files.append(File.generated(config, asset.path, abs_src_path=asset.source))
            else:
                files.append(File.generated(config, asset.path, content=asset.content))
        current().stage("mengolah halaman", len(files.documentation_pages()), "halaman")  # Markdown → HTML
        return files

    def on_env(self, env, *, config, files):
        # Material includes ~25 partials per page; each include stat()ed its file again. A build
        # makes a fresh environment, so `mkdocs serve` still picks up theme edits on the next build.
        env.auto_reload = False
        current().stage("menulis situs", len(files.documentation_pages()), "halaman")
        return env

    def on_page_markdown(self, markdown, *, page, config, files):
        return self.raw_html.before_markdown(page.file.src_uri, markdown)

    def on_post_page(self, output, *, page, config):
        current().advance()
        return output

    def on_post_build(self, *, config):
        current().stage("membuat indeks pencarian")
        try:
            index_site(Path(config.site_dir))
        except SearchIndexError as exc:
            raise Abort(f"zisite: {exc}") from None
        current().finish()

    def on_page_content(self, html, *, page, config, files):
        current().advance()  # one more page read (Markdown → HTML)
        html, anchors = self.raw_html.after_markdown(page.file.src_uri, html)
        if anchors and page.present_anchor_ids is not None:
            page.present_anchor_ids |= anchors
        return html

    def on_serve(self, server, *, config, builder):
        for folder in ("plans", "content"):
            path = self.root / folder
            if path.is_dir():
                server.watch(str(path))
        return server
