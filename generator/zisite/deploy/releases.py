"""Release bookkeeping shared by the folder and SSH targets: names, order, what to prune.

A release is ``releases/<UTC timestamp>[.<n>]-<8 random hex>-<short commit | tanpa-git>``; ``.<n>``
keeps a deploy after every release it can see in the same second, and the random part keeps two
concurrent deploys (which cannot see each other's ``.partial``) from choosing the same name. Names
from before the random part (``<stamp>[.<n>]-<commit>``) are still read. Order comes from the
parsed name, never from file times, so a local listing and a remote ``ls`` give the same answer.
"""

from __future__ import annotations

import re
import secrets
import subprocess
from datetime import datetime, timezone
from pathlib import Path

PARTIAL = ".partial"    # a release still being written; removed by the next deploy
DELETING = ".deleting"  # a release being pruned; renamed first so it never looks complete
NO_GIT = "tanpa-git"
_NAME = re.compile(r"(?P<stamp>\d{8}T\d{6}Z)(?:\.(?P<seq>\d+))?(?:-(?P<rand>[0-9a-f]{8}))?-(?P<commit>[0-9A-Za-z-]+)\Z")


def is_release(name: str) -> bool:
    return _NAME.match(name) is not None


def is_leftover(name: str) -> bool:
    return name.endswith(PARTIAL) or name.endswith(DELETING)


def sort_key(name: str) -> tuple[str, int, str, str]:
    match = _NAME.match(name)
    return (match["stamp"], int(match["seq"] or 0), match["rand"] or "", match["commit"]) if match else ("", 0, "", name)


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


def new_name(existing, commit: str, now: datetime | None = None) -> str:
    """A name that sorts after every existing release (and collides with no leftover)."""
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    taken = {n.removesuffix(PARTIAL).removesuffix(DELETING) for n in existing}
    latest = max((sort_key(n) for n in taken if is_release(n)), default=None)
    seq = 0
    if latest is not None and latest[0] > stamp:
        stamp, seq = latest[0], latest[1] + 1  # the clock went back: stay after the newest
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
