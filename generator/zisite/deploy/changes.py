"""What a --dry-run would change for readers: files and pages that differ from the live site.

Compared by sha256 of each file: the site against the live release's folder, or against the
manifest (SHA256SUMS) of the live archive. Pages are the ``.html`` files, shown as the address a
reader types (``sigi/index.html`` → ``/sigi/``). Reading only: nothing here writes anything.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .sitefiles import SiteFiles

MAX_PAGES_SHOWN = 20


@dataclass(frozen=True)
class Changes:
    against: str                      # what was compared with, e.g. the live release's name
    added: tuple[str, ...] = ()       # files, sorted
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unavailable: str = ""             # why no comparison was made ("" when it was)
    pages: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def site_digests(site: SiteFiles) -> dict[str, str]:
    return {name: _sha256(site.root / name) for name in site.files}


def folder_digests(folder: Path) -> dict[str, str]:
    """Every regular file under ``folder`` (links are not followed: a release holds none)."""
    return {p.relative_to(folder).as_posix(): _sha256(p)
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def archive_digests(archive: Path, manifest: str) -> dict[str, str]:
    """The files of a ZIP made by archive.py, from its manifest (or each entry, when it has none)."""
    with zipfile.ZipFile(archive) as z:
        names = set(z.namelist())
        if manifest in names:
            lines = z.read(manifest).decode("utf-8").splitlines()
            return {name: digest for digest, _, name in (line.partition("  ") for line in lines) if name}
        return {n: hashlib.sha256(z.read(n)).hexdigest() for n in sorted(names) if not n.endswith("/")}


def page_address(name: str) -> str:
    """``sigi/rencana-aksi/index.html`` → ``/sigi/rencana-aksi/``; ``404.html`` → ``/404.html``."""
    if name == "index.html":
        return "/"
    if name.endswith("/index.html"):
        return "/" + name.removesuffix("index.html")
    return "/" + name


def compare(new: dict[str, str], old: dict[str, str], against: str) -> Changes:
    added = tuple(sorted(n for n in new if n not in old))
    changed = tuple(sorted(n for n in new if n in old and old[n] != new[n]))
    removed = tuple(sorted(n for n in old if n not in new))
    pages = {what: tuple(sorted(page_address(n) for n in names if n.endswith(".html")))
             for what, names in (("diubah", changed), ("baru", added), ("dihapus", removed))}
    return Changes(against, added, changed, removed, pages=pages)


def unavailable(reason: str) -> Changes:
    return Changes("", unavailable=reason)


def change_lines(c: Changes) -> list[str]:
    if c.unavailable:
        return [f"perbandingan halaman tidak tersedia: {c.unavailable}"]
    if not (c.added or c.changed or c.removed):
        return [f"tidak ada berkas yang berubah dibanding {c.against}"]
    counts = ", ".join(f"{len(c.pages[w])} {w}" for w in ("diubah", "baru", "dihapus"))
    lines = [f"dibanding {c.against}: {len(c.changed)} berkas diubah, {len(c.added)} baru, "
             f"{len(c.removed)} dihapus; halaman: {counts}"]
    shown = [(w, p) for w in ("diubah", "baru", "dihapus") for p in c.pages[w]]
    lines += [f"  halaman {w}: {p}" for w, p in shown[:MAX_PAGES_SHOWN]]
    if len(shown) > MAX_PAGES_SHOWN:
        lines.append(f"  … dan {len(shown) - MAX_PAGES_SHOWN} halaman lain")
    return lines
