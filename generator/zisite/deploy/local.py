"""Publish to a folder: ``releases/<name>/`` plus a ``current`` symlink switched atomically.

The order of operations makes a kill at any moment harmless: a release is written as
``<name>.partial`` and renamed only when complete; ``current`` is replaced by renaming a fresh
symlink over it; pruned releases are renamed ``.deleting`` before removal. Leftovers are removed
by the next deploy, under a lock so two deploys never clean up each other's work.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from . import releases as rel
from .changes import compare, folder_digests, site_digests
from .errors import DeployError
from .lock import exclusive
from .report import Outcome
from .sitefiles import SiteFiles

CURRENT = "current"
RELEASES = "releases"
LOCK = ".zisite-deploy.lock"
TEMP_LINK = ".current.tmp-"
DIR_MODE, FILE_MODE = 0o755, 0o644  # what every release gets: readable by the web server, writable by us


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o7777


def live_release(target: Path) -> str | None:
    """The release ``current`` points to; None before the first deploy."""
    link = target / CURRENT
    if not link.is_symlink():
        if link.exists():
            raise DeployError(f"{link} adalah folder biasa, bukan tautan simbolik ke sebuah terbitan; "
                              "pindahkan atau ganti namanya dulu, lalu ulangi")
        return None
    destination = os.readlink(link)
    name = Path(destination).name
    if not rel.is_release(name) or not (target / RELEASES / name).is_dir():
        raise DeployError(f"{link} menunjuk ke '{destination}', bukan ke terbitan di {RELEASES}/; "
                          "periksa folder tujuan")
    return name


def switch(target: Path, name: str) -> None:
    """Point ``current`` at release ``name`` in one rename: readers see the old or the new, never neither."""
    temp = target / f"{TEMP_LINK}{os.getpid()}"
    if temp.is_symlink():
        temp.unlink()
    os.symlink(f"{RELEASES}/{name}", temp)
    os.replace(temp, target / CURRENT)


def _locked(target: Path):
    return exclusive(target / LOCK, target, create=True)


def _leftovers(target: Path) -> list[Path]:
    folder = target / RELEASES
    found = [p for p in folder.iterdir() if rel.is_leftover(p.name)] if folder.is_dir() else []
    found += [p for p in target.iterdir() if p.name.startswith(TEMP_LINK)] if target.is_dir() else []
    return sorted(found)


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    else:
        shutil.rmtree(path)


def _same_content(a: Path, b: Path) -> bool:
    try:
        if b.is_symlink() or not b.is_file() or a.stat().st_size != b.stat().st_size:
            return False
        with open(a, "rb") as fa, open(b, "rb") as fb:
            while True:
                chunk = fa.read(1 << 20)
                if chunk != fb.read(1 << 20):
                    return False
                if not chunk:
                    return True
    except OSError:
        return False


def _write_release(site: SiteFiles, folder: Path, previous: Path | None) -> tuple[int, int]:
    """Copy the site into ``folder``; files equal to ``previous``'s are hard-linked. Returns (linked, bytes copied)."""
    for d in ("", *site.dirs):  # explicit modes, whatever the umask of whoever deploys
        (folder / d).mkdir()
        os.chmod(folder / d, DIR_MODE)
    linked = copied = 0
    for name in site.files:
        source, out = site.root / name, folder / name
        if previous is not None and _same_content(source, previous / name) and _mode(previous / name) == FILE_MODE:
            try:
                os.link(previous / name, out)
                linked += 1
                continue
            except OSError:
                pass  # another filesystem or link limit: copy instead
        shutil.copyfile(source, out)
        os.chmod(out, FILE_MODE)
        copied += out.stat().st_size
    return linked, copied


def _listing(target: Path) -> list[str]:
    folder = target / RELEASES
    return rel.ordered(p.name for p in folder.iterdir()) if folder.is_dir() else []


def publish(site: SiteFiles, target: Path, commit: str, keep: int, dry_run: bool = False,
            zone: str = rel.DEFAULT_ZONE) -> Outcome:
    if dry_run:
        return _plan(site, target, commit, keep, zone)
    if target.is_dir():
        live_release(target)  # refuse a foreign `current` before writing anything
    (target / RELEASES).mkdir(parents=True, exist_ok=True)
    with _locked(target):
        cleaned = _leftovers(target)
        for path in cleaned:
            _remove(path)
        was_live = live_release(target)
        name = rel.new_name(os.listdir(target / RELEASES), commit, zone=zone)
        partial = target / RELEASES / (name + rel.PARTIAL)
        previous = target / RELEASES / was_live if was_live else None
        linked, copied = _write_release(site, partial, previous)
        os.rename(partial, target / RELEASES / name)
        switch(target, name)
        pruned = rel.to_prune(_listing(target), name, keep, was_live)
        for old in pruned:
            doomed = target / RELEASES / (old + rel.DELETING)
            os.rename(target / RELEASES / old, doomed)
            shutil.rmtree(doomed)
    return Outcome(name, was_live, len(site.files), site.size, linked if was_live else None, copied, pruned,
                   [p.name for p in cleaned], str(target / CURRENT))


def _plan(site: SiteFiles, target: Path, commit: str, keep: int, zone: str) -> Outcome:
    was_live = live_release(target) if target.is_dir() else None
    existing = os.listdir(target / RELEASES) if (target / RELEASES).is_dir() else []
    name = rel.new_name(existing, commit, zone=zone)
    reused = None
    if was_live:
        previous = target / RELEASES / was_live
        reused = sum(1 for f in site.files if _same_content(site.root / f, previous / f))
        changes = compare(site_digests(site), folder_digests(previous), f"terbitan aktif {was_live}")
    else:
        changes = compare(site_digests(site), {}, "tujuan yang belum berisi terbitan")
    pruned = rel.to_prune(rel.ordered([*existing, name]), name, keep, was_live)
    return Outcome(name, was_live, len(site.files), site.size, reused, None, pruned,
                   [p.name for p in _leftovers(target)] if target.is_dir() else [], str(target / CURRENT), dry_run=True,
                   changes=changes)


def rollback(target: Path, dry_run: bool = False) -> Outcome:
    if not target.is_dir():
        raise DeployError(f"folder tujuan {target} tidak ada; belum ada yang diterbitkan ke sana")
    if dry_run:
        return _rollback_plan(target, dry_run=True)
    with _locked(target):
        outcome = _rollback_plan(target)
        switch(target, outcome.release)
    return outcome


def _rollback_plan(target: Path, dry_run: bool = False) -> Outcome:
    was_live = live_release(target)
    if was_live is None:
        raise DeployError(f"{target / CURRENT} belum ada; belum ada terbitan yang bisa dikembalikan")
    before = rel.previous(_listing(target), was_live)
    if before is None:
        raise DeployError(f"tidak ada terbitan sebelum {was_live} di {target / RELEASES}; tidak ada yang bisa dikembalikan")
    return Outcome(before, was_live, location=str(target / CURRENT), dry_run=dry_run)
