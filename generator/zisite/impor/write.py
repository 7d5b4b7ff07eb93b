"""The imported plan as YAML text, and writing it atomically (never half a file, never over one
that exists unless asked)."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import yaml


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)  # list items indented under their key


def _dates(value):
    if isinstance(value, dict):
        return {k: (dt.date.fromisoformat(v) if k == "tanggal" and isinstance(v, str) else _dates(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_dates(v) for v in value]
    return value


def schema_comment(target: Path, root: Path, schema: str = "plan.schema.json") -> str:
    """The editor's schema line, relative to the project the target is in (…/plans/KANTOR/TAHUN.yaml,
    …/content/offices/KANTOR/statistik/JENIS/TAHUN.yaml)."""
    parents = target.resolve().parents
    if parents[1].name == "plans":
        root = parents[2]
    elif len(parents) > 5 and parents[1].name == "statistik" and parents[3].name == "offices":
        root = parents[5]
    relative = os.path.relpath((root / "schemas" / schema).resolve(), target.resolve().parent)
    return f"# yaml-language-server: $schema={Path(relative).as_posix()}\n"


def to_yaml(plan: dict, comment: str) -> str:
    body = yaml.dump(_dates(plan), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**6,
                     default_flow_style=False)
    return comment + body


def replace_atomically(path: Path, fill) -> None:
    """``fill(binary_file)`` writes beside the target; flushed to disk, then renamed over it in one
    step, so a reader never sees half a file and a failure leaves the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            fill(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, text: str) -> None:
    """A text file (UTF-8, \\n line ends), written with :func:`replace_atomically`."""
    replace_atomically(path, lambda out: out.write(text.encode("utf-8")))
