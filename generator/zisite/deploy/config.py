"""Read what deploy needs from mkdocs.yml (deploy_target, site_url) without a full MkDocs load."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..engines.office_config import ConfigFileError, read_config, zisite_options
from .errors import UsageError


@dataclass(frozen=True)
class DeploySettings:
    deploy_target: str | None = None
    site_path: str = "/"  # the path of site_url, which MkDocs uses in 404.html
    office: str | None = None  # the plugin's `office`: a one-office site (its zone names the release)


def read_settings(config_file: Path) -> DeploySettings:
    try:
        data = read_config(config_file)
    except ConfigFileError as exc:
        raise UsageError(str(exc)) from None
    options = zisite_options(data.get("plugins"))
    target = options.get("deploy_target")
    if target is not None and not isinstance(target, str):
        raise UsageError(f"{config_file}: 'deploy_target' harus teks, misalnya ssh://zi@server/srv/zi")
    site_url = data.get("site_url") or ""
    office = options.get("office")
    return DeploySettings(target or None, urlsplit(str(site_url)).path or "/",
                          office if isinstance(office, str) and office else None)
