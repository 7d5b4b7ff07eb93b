"""Drive MkDocs for `zisite build` and `zisite serve`, so staff never need to know it is there.

Imported only by those two commands: the rest of the CLI and the core stay engine-free.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path


def _config(config_file: Path, office: str | None, site_dir: Path | None, dev_addr: str | None = None,
            build_date: str | None = None):
    from mkdocs.config import load_config

    overrides = {}
    if site_dir is not None:
        overrides["site_dir"] = str(site_dir)
    if dev_addr is not None:
        overrides["dev_addr"] = dev_addr
    config = load_config(str(config_file), **overrides)
    plugin = config.plugins.get("zisite")
    if office:
        plugin.config.office = office
    if build_date:
        plugin.config.build_date = build_date
    return config


def _quiet_eol_notice() -> None:
    # Material prints a multi-line end-of-life notice on every build; staff cannot act on it.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def build(config_file: Path, *, office: str | None = None, site_dir: Path | None = None, strict: bool = True,
          build_date: str | None = None) -> int:
    """Build the site; 0 on success, 1 if the data or the build failed (nothing published)."""
    _quiet_eol_notice()
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import Abort, BuildError, ConfigurationError

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        config = _config(config_file, office, site_dir, build_date=build_date)
        if strict:
            config.strict = True
        mkdocs_build(config)
    except (Abort, BuildError, ConfigurationError) as exc:
        logging.getLogger("zisite").error(str(exc))
        return 1
    return 0


def serve(config_file: Path, *, office: str | None = None, dev_addr: str = "127.0.0.1:8000",
          build_date: str | None = None) -> int:
    _quiet_eol_notice()
    from mkdocs.commands.serve import serve as mkdocs_serve
    from mkdocs.exceptions import Abort

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        if office:
            os.environ["ZISITE_OFFICE"] = office
        if build_date:
            os.environ["ZISITE_BUILD_DATE"] = build_date
        mkdocs_serve(str(config_file), dev_addr=dev_addr, livereload=True)
    except Abort as exc:
        logging.getLogger("zisite").error(str(exc))
        return 1
    except KeyboardInterrupt:
        return 0
    return 0
