"""When each office's data last changed: the newest git commit touching it, else the file times.

"Terakhir diperbarui" on the Monev page must say when the office last published data, not when the
site happened to be built, so a rebuild never makes stale data look fresh. One ``git log`` pass
serves every office (a national build has ~550).
"""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timezone
from pathlib import Path

DATA_DIRS = ("plans", "content/offices")


def _office_of(path: str) -> str | None:
    parts = path.split("/")
    if len(parts) >= 3 and parts[0] == "plans":
        return parts[1]
    if len(parts) >= 4 and parts[0] == "content" and parts[1] == "offices":
        return parts[2]
    return None


def _git_dates(root: Path) -> dict[str, date] | None:
    """Office slug → date of the newest commit touching its data; None when ``root`` is not in git."""
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "log", "--format=%x00%ct", "--name-only", "--relative", "--", *DATA_DIRS],
            capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0:
        return None
    found: dict[str, date] = {}
    when: date | None = None
    for line in result.stdout.splitlines():
        if line.startswith("\0"):
            when = datetime.fromtimestamp(int(line[1:]), tz=timezone.utc).date()
        elif line and when is not None and (slug := _office_of(line)) and slug not in found:
            found[slug] = when
    return found


def _file_date(root: Path, slug: str) -> date | None:
    times = [p.stat().st_mtime for d in (root / "plans" / slug, root / "content" / "offices" / slug)
             if d.is_dir() for p in d.rglob("*") if p.is_file()]
    return datetime.fromtimestamp(max(times), tz=timezone.utc).date() if times else None


def last_changes(root: Path, slugs: list[str]) -> dict[str, tuple[date, str]]:
    """Slug → (date, "git" or "berkas") for every office whose date can be told."""
    git = _git_dates(Path(root)) or {}
    out: dict[str, tuple[date, str]] = {}
    for slug in slugs:
        if slug in git:
            out[slug] = (git[slug], "git")
        elif (when := _file_date(Path(root), slug)) is not None:
            out[slug] = (when, "berkas")
    return out
