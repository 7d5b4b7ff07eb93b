"""`zisite build --engine zensical`: check and render with the core, stage the result, run Zensical.

Every failure is Indonesian on stderr and exit 1, with the existing site folder left as it was.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from ...build import (BuildOptionError, SiteBuild, build_site, failure_message, page_source, report_lines)
from ...diagnostics import Severity
from .. import UNUSED_THEME_FOLDERS
from ..office_config import ConfigFileError, read_config
from ..search_index import SearchIndexError, index_site
from .staging import StagingError, build_options, stage_site

MISSING = ("Zensical belum terpasang. Pasang zisite beserta Zensical: `pip install 'zisite[zensical]'` "
           "(di repositori zisite sendiri: `.venv/bin/pip install -e '.[zensical]'`), lalu jalankan perintah ini lagi; "
           "atau bangun dengan MkDocs: `zisite build` tanpa `--engine zensical`.")


def _fail(message: str) -> int:
    print(f"zisite: galat: {message}", file=sys.stderr)
    return 1


def import_zensical():
    """The ``zensical`` package, or None when it is not installed (or cannot load)."""
    try:
        import zensical  # noqa: PLC0415 - optional dependency
    except ImportError:
        return None
    return zensical


def _report(site: SiteBuild) -> None:
    for severity, line in report_lines(site):
        print(line, file=sys.stderr if severity is Severity.ERROR else sys.stdout)


def build(config_file: Path, *, office: str | None = None, site_dir: Path | None = None,
          build_date: str | None = None) -> int:
    """Build the site with Zensical into ``site_dir`` (default: the config's site_dir); 0 on success."""
    zensical = import_zensical()
    if zensical is None:
        return _fail(MISSING)
    config_file = Path(config_file).resolve()
    try:
        config = read_config(config_file)
        options = build_options(config, config_file, office=office, build_date=build_date)
        site = build_site(options)
    except (ConfigFileError, StagingError, BuildOptionError) as exc:
        return _fail(str(exc))
    _report(site)
    if not site.ok:
        print(failure_message(site), file=sys.stderr)
        return 1
    destination = (Path(site_dir) if site_dir is not None
                   else config_file.parent / str(config.get("site_dir") or "site")).resolve()
    if destination == config_file.parent or destination in config_file.parent.parents:
        return _fail(f"folder hasil '{destination}' berisi proyek ini; pilih folder lain dengan --site-dir")
    try:
        _stage_and_build(zensical, destination, site, config, config_file)
    except OSError as exc:
        return _fail(f"{exc.filename or destination}: {exc.strerror or exc}")
    except SearchIndexError as exc:
        return _fail(str(exc))
    except RuntimeError as exc:  # Zensical's own failure, e.g. a warning under strict, already printed
        sys.stdout.flush()
        reason = ("mode ketat menolak setiap peringatan di atas" if "strict" in str(exc)
                  else f"lihat pesan di atas: {exc}")
        return _fail(f"Zensical gagal membangun situs ({reason}); situs lama tidak diubah.")
    return 0


def _stage_and_build(zensical, destination: Path, site: SiteBuild, config: dict, config_file: Path) -> None:
    destination.parent.mkdir(parents=True, exist_ok=True)
    # Staged beside the destination: Zensical writes only inside its project folder, and the result
    # then moves into place by rename, on the same file system.
    with tempfile.TemporaryDirectory(prefix=".zisite-zensical-", dir=destination.parent) as tmp:
        staged = stage_site(Path(tmp), site, config, config_file, page_source)
        zensical.build(str(staged.config), {"clean": True, "strict": True})
        _drop_unused_theme_files(staged.site, Path(zensical.__file__).parent / "templates")
        index_site(staged.site)
        _replace_contents(destination, staged.site)


def _drop_unused_theme_files(site: Path, theme: Path) -> None:
    """Remove the files Zensical copied from its own theme under UNUSED_THEME_FOLDERS (an office's own
    files of the same folders, from docs_dir or custom_dir, have other names and stay)."""
    for folder in UNUSED_THEME_FOLDERS:
        for source in (theme / folder).rglob("*"):
            copied = site / source.relative_to(theme)
            if source.is_file() and copied.is_file():
                copied.unlink()
        for empty in sorted((site / folder).rglob("*"), reverse=True) + [site / folder]:
            if empty.is_dir() and not any(empty.iterdir()):
                empty.rmdir()


def _replace_contents(destination: Path, built: Path) -> None:
    """Empty ``destination`` (keeping dot-files, as MkDocs does) and move the built site into it."""
    destination.mkdir(exist_ok=True)
    for entry in destination.iterdir():
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    for entry in built.iterdir():
        entry.replace(destination / entry.name)
