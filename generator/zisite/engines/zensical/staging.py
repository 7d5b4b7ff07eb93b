"""The staging folder Zensical builds: the core's pages and assets as files, and a config that
inherits the office's mkdocs.yml (site name, theme, Markdown extensions, validation) and adds only
what the zisite plugin adds under MkDocs: the nav, the packaged theme overrides, a one-office name."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from ...build import BuildOptions, SiteBuild, parse_build_date
from ...render import Page
from .. import THEME_DIR
from ..office_config import plugin_names, zisite_options

OPTION_TYPES = {"root": str, "title": str, "office": str, "build_date": str, "nav_offices_max": int,
                "overview_offices_max": int, "deploy_target": str}
"""The zisite plugin's options (see ``ZisiteConfig``), checked here because no MkDocs validates them."""


class StagingError(ValueError):
    """The office's config cannot be staged for Zensical; the text is Indonesian."""


@dataclass(frozen=True)
class Staged:
    config: Path
    site: Path


def build_options(config: dict, config_file: Path, *, office: str | None, build_date: str | None) -> BuildOptions:
    """The build's options from the zisite plugin's settings in mkdocs.yml, the command's options winning."""
    settings = zisite_options(config.get("plugins"))
    for key, value in settings.items():
        wanted = OPTION_TYPES.get(key)
        if wanted is not None and value is not None and (not isinstance(value, wanted) or isinstance(value, bool)):
            kind = "bilangan bulat" if wanted is int else "teks"
            raise StagingError(f"{config_file}: opsi plugin zisite '{key}' harus {kind}")
    extra = {key: settings[key] for key in ("title", "nav_offices_max", "overview_offices_max") if settings.get(key) is not None}
    return BuildOptions(root=Path(settings.get("root") or config_file.parent).resolve(),
                        office=office or settings.get("office") or None,
                        build_date=parse_build_date(build_date or settings.get("build_date")),
                        docs_dir=config_file.parent / str(config.get("docs_dir") or "docs"), **extra)


def _write_docs(docs: Path, site: SiteBuild, own_docs: Path, page_source: Callable[[Page], str]) -> None:
    if own_docs.is_dir():  # pages the office wrote itself (docs_dir), as MkDocs would build them
        shutil.copytree(own_docs, docs, ignore=shutil.ignore_patterns(".*"), dirs_exist_ok=True)
    docs.mkdir(parents=True, exist_ok=True)
    for page in site.pages:
        path = docs / page.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page_source(page), encoding="utf-8")
    for asset in site.assets:
        path = docs / asset.path
        path.parent.mkdir(parents=True, exist_ok=True)
        if asset.source is not None:
            shutil.copyfile(asset.source, path)
        else:
            path.write_bytes(asset.content)


def _theme(stage: Path, theme, config_dir: Path) -> dict:
    """Theme settings over the office's: the packaged overrides below the office's own custom_dir."""
    theme = {"name": theme} if isinstance(theme, str) else dict(theme or {})
    out = {"name": theme["name"]} if "name" in theme else {}
    own = theme.get("custom_dir")
    if own:  # Zensical takes one custom_dir: merge ours and the office's, the office's files winning
        merged = stage / "theme"
        shutil.copytree(THEME_DIR, merged)
        shutil.copytree(config_dir / str(own), merged, dirs_exist_ok=True)
        out["custom_dir"] = str(merged)
    else:
        out["custom_dir"] = str(THEME_DIR)
    # Zensical's default look ("modern") is not the Material design the overrides were made for.
    out.setdefault("variant", theme.get("variant", "classic"))
    return out


def stage_site(stage: Path, site: SiteBuild, config: dict, config_file: Path,
               page_source: Callable[[Page], str]) -> Staged:
    """Write the site's sources and Zensical's config into ``stage``; Zensical then builds ``stage/site``."""
    config_dir = config_file.parent
    _write_docs(stage / "docs", site, config_dir / str(config.get("docs_dir") or "docs"), page_source)
    search = "plugins" not in config or "search" in plugin_names(config.get("plugins"))
    generated: dict = {
        "INHERIT": str(config_file),
        "docs_dir": "docs",
        "site_dir": "site",
        "theme": _theme(stage, config.get("theme"), config_dir),
        # Zensical ignores MkDocs plugins (zisite among them) but turns search on unless told.
        "plugins": [{"search": {"enabled": search}}],
    }
    if site.site_name:
        generated["site_name"] = site.site_name
    if not config.get("nav"):
        generated["nav"] = site.nav
    path = stage / "mkdocs.yml"
    path.write_text("# Dibuat oleh `zisite build --engine zensical`; jangan disunting.\n"
                    + yaml.safe_dump(generated, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return Staged(path, stage / "site")
