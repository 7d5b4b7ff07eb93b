"""Drive MkDocs for `zisite build` and `zisite serve`, so staff never need to know it is there.

The command's options reach the plugin as plugin options through MkDocs' own config overrides
(``load_config(**overrides)``, which `mkdocs serve` applies again on every reload), never through
the environment. Imported only by the commands that build: the rest of the CLI and the core stay
engine-free.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from pathlib import Path

from ...progress import for_terminal, reporting
from ..office_config import ConfigFileError, read_config, with_zisite_options
from . import terminal


def _overrides(config_file: Path, office: str | None, build_date: str | None) -> dict:
    """Config overrides giving the zisite plugin the command's options (none when there are none).

    MkDocs overrides whole top-level keys, so the plugins list is the file's own with the zisite
    entry's options updated. With ``serve`` the list is the one read at start: edits to other
    plugins' settings in mkdocs.yml apply after a restart (the rest of the file reloads as usual).
    """
    options = {key: value for key, value in (("office", office), ("build_date", build_date)) if value}
    if not options:
        return {}
    return {"plugins": with_zisite_options(read_config(config_file).get("plugins"), options)}


def _quiet_eol_notice() -> None:
    # Material prints a multi-line end-of-life notice on every build; staff cannot act on it.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def build(config_file: Path, *, office: str | None = None, site_dir: Path | None = None, strict: bool = True,
          build_date: str | None = None) -> int:
    """Build the site; 0 on success, 1 if the data or the build failed (nothing published)."""
    _quiet_eol_notice()
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, BuildError, ConfigurationError

    progress = for_terminal(sys.stderr)
    terminal.install(sys.stderr, progress)
    with reporting(progress):
        try:
            config = load_config(str(config_file), site_dir=str(site_dir) if site_dir is not None else None,
                                 **_overrides(config_file, office, build_date))
            if strict:
                config.strict = True
            mkdocs_build(config)
        except (Abort, BuildError, ConfigurationError, ConfigFileError) as exc:
            progress.finish()
            said = terminal.translate_abort(str(exc))
            logging.getLogger("zisite").error(said if said.startswith("zisite") else f"zisite: galat: {said}")
            return 1
    return 0


def serve(config_file: Path, *, office: str | None = None, dev_addr: str = "127.0.0.1:8000",
          build_date: str | None = None) -> int:
    """Serve the site, rebuilt on every change; while it cannot be built, every page shows why."""
    _quiet_eol_notice()
    from mkdocs.exceptions import Abort, ConfigurationError

    from .serve import serve as run

    progress = for_terminal(sys.stderr)
    terminal.install(sys.stderr, progress)
    with reporting(progress):
        try:
            run(str(config_file), dev_addr=dev_addr, **_overrides(config_file, office, build_date))
        except OSError as exc:
            progress.finish()
            said = (f"alamat {dev_addr} sudah dipakai program lain; pilih yang lain, misalnya --dev-addr 127.0.0.1:8001"
                    if exc.errno == errno.EADDRINUSE else str(exc))
            logging.getLogger("zisite").error(f"zisite: galat: {said}")
            return 1
        except (Abort, ConfigurationError, ConfigFileError) as exc:
            progress.finish()
            logging.getLogger("zisite").error(f"zisite: galat: {terminal.translate_abort(str(exc))}")
            return 1
        except KeyboardInterrupt:
            return 0
    return 0
