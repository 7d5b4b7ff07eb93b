"""Read an office's mkdocs.yml (the one configuration file every engine starts from).

MkDocs' own YAML loader is used, so ``!ENV`` and ``INHERIT`` work exactly as in a build; only the
loader is imported, not the build machinery.
"""

from __future__ import annotations

from pathlib import Path


class ConfigFileError(ValueError):
    """The configuration file cannot be read; the text is Indonesian."""


def read_config(config_file: Path) -> dict:
    from mkdocs.utils.yaml import yaml_load  # noqa: PLC0415

    try:
        with open(config_file, "rb") as f:
            data = yaml_load(f) or {}
    except Exception as exc:  # noqa: BLE001 - any YAML or !ENV problem is the user's file
        raise ConfigFileError(f"berkas konfigurasi '{config_file}' tidak dapat dibaca: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigFileError(f"berkas konfigurasi '{config_file}' harus berisi pemetaan kunci: nilai")
    return data


def plugin_names(plugins) -> list[str]:
    """Names of the plugins a config lists, in either of MkDocs' forms (a list or a mapping)."""
    if isinstance(plugins, dict):
        return [str(name) for name in plugins]
    return [str(next(iter(p))) if isinstance(p, dict) and p else str(p) for p in plugins or []]


def zisite_options(plugins) -> dict:
    """The zisite plugin's options as written in the config (``{}`` when it has none)."""
    if isinstance(plugins, dict):
        return dict(plugins.get("zisite") or {})
    for entry in plugins or []:
        if isinstance(entry, dict) and "zisite" in entry:
            return dict(entry["zisite"] or {})
    return {}


def with_zisite_options(plugins, options: dict) -> dict:
    """``plugins`` (as written, either form) with ``options`` set on the zisite plugin, added if absent.

    Always the mapping form: MkDocs consumes the entries of a list while loading it, and `mkdocs
    serve` loads the same override again on every reload. (A list naming one plugin twice, which
    the mapping form cannot say, keeps the last.)
    """
    if plugins is None:
        plugins = ["search"]  # MkDocs' default when a config names no plugins
    if isinstance(plugins, dict):
        entries = list(plugins.items())
    else:
        entries = [next(iter(p.items())) if isinstance(p, dict) and p else (p, {}) for p in plugins]
    out = {str(name): dict(cfg or {}) for name, cfg in entries}
    out["zisite"] = {**out.get("zisite", {}), **options}
    return out
