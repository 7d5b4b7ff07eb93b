"""Publish as one ZIP file (for whoever runs the host): the site plus a ``SHA256SUMS`` manifest.

Entries are sorted and carry one timestamp (SOURCE_DATE_EPOCH, else the commit's time, else
1980-01-01), so the same site gives the same bytes. The archive is written to a temporary file
beside the target and renamed over it, so the old archive stays whole until the new one is.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import time
import zipfile
from pathlib import Path

from .errors import DeployError, UsageError
from .report import Outcome
from .sitefiles import SiteFiles

MANIFEST = "SHA256SUMS"
ZIP_EPOCH = 315532800  # 1980-01-01T00:00:00Z, the earliest time a ZIP entry can hold


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


def _temp_prefix(target: Path) -> str:
    return f".{target.name}.tmp-"


def _entry(name: str, stamp: tuple) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    info.create_system = 3               # Unix, whatever system made it
    return info


def manifest(sums: dict[str, str]) -> str:
    """sha256sum's format, so `sha256sum -c SHA256SUMS` checks an unpacked copy."""
    return "".join(f"{digest}  {name}\n" for name, digest in sums.items())


def publish(site: SiteFiles, target: Path, project: Path, dry_run: bool = False) -> Outcome:
    if MANIFEST in site.files:
        raise UsageError(f"situs sudah berisi berkas {MANIFEST}; nama itu dipakai untuk daftar sidik berkas arsip")
    folder = target.parent
    if not folder.is_dir():
        raise DeployError(f"folder {folder} tidak ada; buat dulu folder tempat arsip .zip")
    leftovers = sorted(p for p in folder.iterdir() if p.name.startswith(_temp_prefix(target)))
    if dry_run:
        return Outcome(target.name, target.name if target.exists() else None, len(site.files) + 1, site.size,
                       cleaned=[p.name for p in leftovers], location=str(target), dry_run=True, archive=True)
    for path in leftovers:
        path.unlink()
    stamp = time.gmtime(archive_time(project))[:6]
    temp = folder / f"{_temp_prefix(target)}{os.getpid()}"
    sums: dict[str, str] = {}
    try:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for name in site.files:
                data = (site.root / name).read_bytes()
                sums[name] = hashlib.sha256(data).hexdigest()
                archive.writestr(_entry(name, stamp), data)
            archive.writestr(_entry(MANIFEST, stamp), manifest(sums))
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DeployError(f"gagal menulis {target}: {exc.strerror or exc}") from None
    return Outcome(target.name, None, len(site.files) + 1, site.size, sent=target.stat().st_size,
                   cleaned=[p.name for p in leftovers], location=str(target), archive=True,
                   sent_what="ukuran arsip")
