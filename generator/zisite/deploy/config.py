"""Read what deploy needs from mkdocs.yml (deploy_target, site_url) without a full MkDocs load.

MkDocs' own YAML loader is used, so ``!ENV`` and ``INHERIT`` work as in a build.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import UsageError


@dataclass(frozen=True)
class DeploySettings:
    deploy_target: str | None = None
    site_path: str = "/"  # the path of site_url, which MkDocs uses in 404.html


def _plugin_options(plugins) -> dict:
    if isinstance(plugins, dict):
        return plugins.get("zisite") or {}
    for entry in plugins or []:
        if isinstance(entry, dict) and "zisite" in entry:
            return entry["zisite"] or {}
    return {}


def read_settings(config_file: Path) -> DeploySettings:
    from mkdocs.utils.yaml import yaml_load  # only the YAML loader, not the build machinery

    try:
        with open(config_file, "rb") as f:
            data = yaml_load(f) or {}
    except Exception as exc:  # noqa: BLE001 - any YAML or !ENV problem is the user's file
        raise UsageError(f"berkas konfigurasi '{config_file}' tidak dapat dibaca: {exc}") from None
    target = _plugin_options(data.get("plugins")).get("deploy_target")
    if target is not None and not isinstance(target, str):
        raise UsageError(f"{config_file}: 'deploy_target' harus teks, misalnya ssh://zi@server/srv/zi")
    site_url = data.get("site_url") or ""
    return DeploySettings(target or None, urlsplit(str(site_url)).path or "/")
