"""The files of a built site folder, listed once in a fixed order for copying, counting and archiving."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..text.format import angka


@dataclass(frozen=True)
class SiteFiles:
    root: Path
    files: tuple[str, ...]  # POSIX paths relative to root, sorted
    dirs: tuple[str, ...]
    size: int               # bytes, all files together


def list_site(root: Path) -> SiteFiles:
    files, dirs, size = [], [], 0
    for folder, subdirs, names in os.walk(root):  # links are refused by verify_site, never followed
        subdirs.sort()
        rel = Path(folder).relative_to(root).as_posix()
        prefix = "" if rel == "." else rel + "/"
        dirs += [prefix + d for d in subdirs]
        for name in names:
            files.append(prefix + name)
            size += os.stat(os.path.join(folder, name)).st_size
    return SiteFiles(root, tuple(sorted(files)), tuple(sorted(dirs)), size)


def format_bytes(n: int) -> str:
    """Indonesian style: '4.071.234 bita (4,1 MB)'."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{angka(n)} bita ({angka(n / scale, 1)} {unit})"
    return f"{angka(n)} bita"


def format_seconds(seconds: float) -> str:
    return f"{angka(seconds, 2)} detik"
