"""Publish as one ZIP file (for whoever runs the host): the site plus a ``SHA256SUMS`` manifest.

Entries are sorted and carry one timestamp (SOURCE_DATE_EPOCH, else the commit's time, else
1980-01-01), so the same site gives the same bytes. The archive is written to a temporary file
beside the target and renamed over it, so the old archive stays whole until the new one is.

The archive it replaces is kept as ``<name>-sebelumnya.zip``, so ``--rollback`` can bring it back
(a swap: rolling back twice returns). Both names always hold a whole archive: each is only ever
replaced by a rename of a complete file, a hard link (or copy) of the other made beforehand. A kill
between the two renames leaves the live archive unchanged and ``-sebelumnya`` equal to it. One
deploy or rollback at a time per folder (an flock on the folder itself, so nothing is left beside
the archive).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

from .changes import Changes, archive_digests, compare, site_digests, unavailable
from .errors import DeployError, UsageError
from .lock import exclusive
from .report import Outcome
from .sitefiles import SiteFiles

MANIFEST = "SHA256SUMS"
ZIP_EPOCH = 315532800  # 1980-01-01T00:00:00Z, the earliest time a ZIP entry can hold
PREVIOUS_SUFFIX = "-sebelumnya"


def archive_time(project: Path) -> int:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return max(int(epoch), ZIP_EPOCH)
    try:
        proc = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=project, capture_output=True, text=True, timeout=10)
        if proc.returncode == 0 and proc.stdout.strip().isdigit():
            return max(int(proc.stdout.strip()), ZIP_EPOCH)
    except (OSError, subprocess.SubprocessError):
        pass
    return ZIP_EPOCH


def previous_path(target: Path) -> Path:
    """``situs.zip`` → ``situs-sebelumnya.zip`` (beside it, same suffix as written)."""
    return target.with_name(f"{target.stem}{PREVIOUS_SUFFIX}{target.suffix}")


def _temp_prefix(target: Path) -> str:
    return f".{target.name}.tmp-"


def _leftovers(target: Path) -> list[Path]:
    prefixes = (_temp_prefix(target), _temp_prefix(previous_path(target)))
    return sorted(p for p in target.parent.iterdir() if p.name.startswith(prefixes))


def _locked(folder: Path):
    return exclusive(folder, folder)


def _clone(source: Path, temp: Path) -> None:
    """``temp`` holds what ``source`` holds: a hard link, or a copy where links are impossible (FAT)."""
    temp.unlink(missing_ok=True)
    try:
        os.link(source, temp)
    except OSError:
        shutil.copyfile(source, temp)


def _keep_as_previous(target: Path) -> None:
    """``-sebelumnya`` becomes the archive now live; ``target`` itself is untouched."""
    previous = previous_path(target)
    temp = target.parent / f"{_temp_prefix(previous)}{os.getpid()}"
    _clone(target, temp)
    os.replace(temp, previous)


def _same_file(a: Path, b: Path) -> bool:
    return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()


def _entry(name: str, stamp: tuple) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    info.create_system = 3               # Unix, whatever system made it
    return info


def manifest(sums: dict[str, str]) -> str:
    """sha256sum's format, so `sha256sum -c SHA256SUMS` checks an unpacked copy."""
    return "".join(f"{digest}  {name}\n" for name, digest in sums.items())


def _check_file(path: Path, what: str) -> None:
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise DeployError(f"{path} bukan berkas biasa; {what} harus berupa berkas .zip, pindahkan atau ganti namanya dulu")


def publish(site: SiteFiles, target: Path, project: Path, dry_run: bool = False) -> Outcome:
    if MANIFEST in site.files:
        raise UsageError(f"situs sudah berisi berkas {MANIFEST}; nama itu dipakai untuk daftar sidik berkas arsip")
    folder = target.parent
    if not folder.is_dir():
        raise DeployError(f"folder {folder} tidak ada; buat dulu folder tempat arsip .zip")
    previous = previous_path(target)
    _check_file(target, "arsip")
    _check_file(previous, "arsip sebelumnya")
    if dry_run:
        return Outcome(target.name, target.name if target.exists() else None, len(site.files) + 1, site.size,
                       cleaned=[p.name for p in _leftovers(target)], location=str(target), dry_run=True,
                       archive=True, previous=previous.name if target.exists() else None,
                       changes=_changes(site, target))
    with _locked(folder):
        leftovers = _leftovers(target)
        for path in leftovers:
            path.unlink()
        temp = folder / f"{_temp_prefix(target)}{os.getpid()}"
        try:
            _write(site, temp, project)
            replaced = target.exists()
            unchanged = replaced and _same_file(temp, target)
            if unchanged:  # re-running a deploy must not push the real previous archive out
                temp.unlink()
            else:
                if replaced:
                    _keep_as_previous(target)
                os.replace(temp, target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise DeployError(f"gagal menulis {target}: {exc.strerror or exc}") from None
        kept = previous.name if replaced and previous.exists() else None
    return Outcome(target.name, target.name if unchanged else None, len(site.files) + 1, site.size,
                   sent=target.stat().st_size, cleaned=[p.name for p in leftovers], location=str(target),
                   archive=True, sent_what="ukuran arsip", previous=kept, unchanged=unchanged)


def _changes(site: SiteFiles, target: Path) -> Changes:
    if not target.exists():
        return compare(site_digests(site), {}, f"keadaan sekarang ({target.name} belum ada)")
    try:
        live = archive_digests(target, MANIFEST)
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, ValueError):
        return unavailable(f"arsip {target.name} yang ada tidak dapat dibaca sebagai ZIP")
    return compare(site_digests(site), live, f"arsip {target.name} yang ada")


def _write(site: SiteFiles, temp: Path, project: Path) -> None:
    stamp = time.gmtime(archive_time(project))[:6]
    sums: dict[str, str] = {}
    with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in site.files:
            data = (site.root / name).read_bytes()
            sums[name] = hashlib.sha256(data).hexdigest()
            archive.writestr(_entry(name, stamp), data)
        archive.writestr(_entry(MANIFEST, stamp), manifest(sums))


def rollback(target: Path, dry_run: bool = False) -> Outcome:
    """Swap ``target`` and its ``-sebelumnya``: the previous archive is live again, the other kept."""
    previous = previous_path(target)
    if not target.parent.is_dir():
        raise DeployError(f"folder {target.parent} tidak ada; belum ada arsip yang diterbitkan ke sana")
    _check_file(target, "arsip")
    _check_file(previous, "arsip sebelumnya")
    if not previous.is_file():
        raise DeployError(f"tidak ada arsip sebelumnya ({previous.name}) di {target.parent}; tidak ada yang bisa "
                          f"dikembalikan. Arsip sebelumnya tersimpan otomatis setiap kali {target.name} diganti")
    if not target.is_file():
        raise DeployError(f"arsip {target} tidak ada; yang ada hanya {previous.name}. Ganti namanya menjadi "
                          f"{target.name} bila arsip itu yang ingin diserahkan")
    outcome = Outcome(previous.name, target.name, location=str(target), dry_run=dry_run, archive=True,
                      previous=previous.name)
    if dry_run:
        return outcome
    with _locked(target.parent):
        for path in _leftovers(target):
            path.unlink()
        live_copy = target.parent / f"{_temp_prefix(previous)}{os.getpid()}"
        back = target.parent / f"{_temp_prefix(target)}{os.getpid()}"
        try:
            _clone(target, live_copy)   # both names keep a whole archive at every moment
            _clone(previous, back)
            os.replace(back, target)
            os.replace(live_copy, previous)
        except OSError as exc:
            live_copy.unlink(missing_ok=True)
            back.unlink(missing_ok=True)
            raise DeployError(f"gagal menukar {target.name} dan {previous.name}: {exc.strerror or exc}") from None
    return outcome
