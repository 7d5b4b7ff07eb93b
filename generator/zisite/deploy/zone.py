"""The time zone a deploy names its release in: the office's, read from its office.yaml.

Only ``zona_waktu`` and ``provinsi`` are read, leniently: the build already validated the data (and
with ``--site`` a release name is no reason to refuse a deploy), so an unreadable file counts as
"not said". A group site takes its offices' zone when they share one, else WIB.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.timezone import DEFAULT_ZONE, ZONES, office_zone
from ..load.discover import OFFICES_DIR
from ..load.yaml import load_file


def _zone(office_file: Path) -> str:
    loaded, _ = load_file(office_file, office_file.name) if office_file.is_file() else (None, [])
    data = loaded.data if loaded is not None and isinstance(loaded.data, dict) else {}
    said, province = data.get("zona_waktu"), data.get("provinsi")
    return office_zone(said if said in ZONES else None, province if isinstance(province, str) else None)


def release_zone(project: Path, office: str | None) -> str:
    offices = project / OFFICES_DIR
    if office:
        folders = [offices / office]
    else:
        folders = sorted(p for p in offices.iterdir() if p.is_dir()) if offices.is_dir() else []
    zones = {_zone(folder / "office.yaml") for folder in folders}
    return zones.pop() if len(zones) == 1 else DEFAULT_ZONE
