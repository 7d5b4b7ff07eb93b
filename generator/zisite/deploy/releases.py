"""Release bookkeeping shared by the folder and SSH targets: names, order, what to prune.

A release is ``releases/<YYYYMMDD>-<HHMMSS><zone>[.<n>]-<8 random hex>-<short commit | tanpa-git>[-ubahan]``,
e.g. ``20261201-193005WITA-3fa29c1b-abc1234``: the office's own clock (WIB, WITA or WIT), so staff
read the hour they deployed; ``-ubahan`` when the site was built from uncommitted changes to
``content/`` or ``plans/`` (or the commit is unknown), so no one takes it for that commit. ``.<n>``
keeps a deploy after every release it can see in the same second, and the random part keeps two
concurrent deploys (which cannot see each other's ``.partial``) from choosing the same name. Older
names (``<UTC stamp>Z[.<n>][-<random>]-<commit>``) are still read. Order comes from the instant the
parsed name stands for (zones converted to UTC), never from file times, so a local listing and a
remote ``ls`` give the same answer, and a zone changed in office.yaml keeps the order. Every
character is one of ``[0-9A-Za-z.-]``, inside the path charset target.py admits.
"""

from __future__ import annotations

import re
import secrets
import subprocess
from datetime import datetime, timezone
from pathlib import Path

from ..domain.timezone import DEFAULT_ZONE, ZONES

PARTIAL = ".partial"    # a release still being written; removed by the next deploy
DELETING = ".deleting"  # a release being pruned; renamed first so it never looks complete
NO_GIT = "tanpa-git"
CHANGED = "-ubahan"  # built from uncommitted changes (or an unknown commit)
WATCHED = ("content", "plans")  # what the site is built from; other edits (docs, tests) do not mark it
_NAME = re.compile(r"(?:(?P<utc>\d{8}T\d{6})Z|(?P<date>\d{8})-(?P<time>\d{6})(?P<zone>WITA|WIB|WIT))"
                   r"(?:\.(?P<seq>\d+))?(?:-(?P<rand>[0-9a-f]{8}))?-(?P<commit>[0-9A-Za-z-]+)\Z")


def is_release(name: str) -> bool:
    return _NAME.match(name) is not None


def is_leftover(name: str) -> bool:
    return name.endswith(PARTIAL) or name.endswith(DELETING)


def _instant(match: re.Match) -> str:
    """The UTC instant a name stands for, as ``YYYYMMDDHHMMSS`` (compares as text)."""
    if match["utc"]:
        return match["utc"].replace("T", "")
    local = datetime.strptime(match["date"] + match["time"], "%Y%m%d%H%M%S").replace(tzinfo=ZONES[match["zone"]])
    return local.astimezone(timezone.utc).strftime("%Y%m%d%H%M%S")


def sort_key(name: str) -> tuple[str, int, str, str]:
    match = _NAME.match(name)
    if match is None:
        return ("", 0, "", name)
    return (_instant(match), int(match["seq"] or 0), match["rand"] or "", match["commit"])


def ordered(names) -> list[str]:
    """The complete releases among ``names``, oldest first."""
    return sorted((n for n in names if is_release(n)), key=sort_key)


def short_commit(folder: Path) -> str:
    """The project's short commit, or 'tanpa-git' when it is not a git checkout (or git is missing)."""
    try:
        proc = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=folder, capture_output=True,
                              text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return NO_GIT
    commit = proc.stdout.strip()
    return commit if proc.returncode == 0 and re.fullmatch(r"[0-9a-f]{4,40}", commit) else NO_GIT


def has_changes(folder: Path) -> bool:
    """Whether ``content/`` or ``plans/`` differ from the commit (edited, added, deleted, untracked).

    True also when git cannot tell: a name must never claim a commit the site may not match."""
    try:
        proc = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all", "--", *WATCHED],
                              cwd=folder, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return True
    return proc.returncode != 0 or bool(proc.stdout.strip())


def source_label(folder: Path) -> str:
    """What a release name says of its source: ``abc1234``, ``abc1234-ubahan`` or ``tanpa-git-ubahan``."""
    commit = short_commit(folder)
    return commit + CHANGED if commit == NO_GIT or has_changes(folder) else commit


def new_name(existing, commit: str, now: datetime | None = None, zone: str = DEFAULT_ZONE) -> str:
    """A name that sorts after every existing release (and collides with no leftover), on ``zone``'s clock."""
    moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    taken = {n.removesuffix(PARTIAL).removesuffix(DELETING) for n in existing}
    latest = max((sort_key(n) for n in taken if is_release(n)), default=None)
    seq = 0
    if latest is not None and latest[0] > moment.strftime("%Y%m%d%H%M%S"):
        # the clock went back: stay after the newest
        moment = datetime.strptime(latest[0], "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
        seq = latest[1] + 1
    stamp = moment.astimezone(ZONES[zone]).strftime("%Y%m%d-%H%M%S") + zone
    while True:
        name = f"{stamp}{f'.{seq}' if seq else ''}-{secrets.token_hex(4)}-{commit}"
        if name not in taken and (latest is None or sort_key(name)[:2] > latest[:2]):
            return name
        seq += 1


def previous(releases: list[str], current: str | None) -> str | None:
    """The release before ``current`` (``releases`` oldest first)."""
    if current not in releases:
        return None
    index = releases.index(current)
    return releases[index - 1] if index > 0 else None


def to_prune(releases: list[str], current: str, keep: int, was_live: str | None = None) -> list[str]:
    """Releases to delete once ``current`` is live (``releases`` oldest first, ``current`` included).

    Releases newer than ``was_live`` (the one live before this deploy) were withdrawn by a rollback:
    they go, so a later rollback never brings a withdrawn release back. Of the rest, those beyond
    the newest ``keep`` go, but never ``current`` nor the one before it.
    """
    withdrawn = [r for r in releases if was_live in releases and r != current
                 and sort_key(r) > sort_key(was_live)]
    remaining = [r for r in releases if r not in withdrawn]
    protected = {current, previous(remaining, current)}
    newest = set(remaining[-keep:]) if keep > 0 else set()
    return withdrawn + [r for r in remaining if r not in newest and r not in protected]
