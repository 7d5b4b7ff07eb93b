"""A data file as it was first committed, read from git: the baseline of sample data.

A file marked ``contoh: true`` starts as sample data; what staff add to it later is usually real.
The commit that added the file says what the sample was. Without git (a download, a shallow clone
that starts after that commit), there is no baseline and nothing is compared.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

MAX_BYTES = 1024 * 1024  # a sample bigger than any data file a check accepts is not compared


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0 or len(result.stdout) > MAX_BYTES:
        return None
    try:
        return result.stdout.decode("utf-8")
    except UnicodeDecodeError:
        return None


def first_version(root: Path, path: str) -> str | None:
    """The text of ``path`` (relative to ``root``, with /) in the commit that added it; None if unknown."""
    added = _git(root, "log", "--diff-filter=A", "--format=%H", "--", path)
    commits = (added or "").split()
    if not commits:
        return None
    return _git(root, "show", f"{commits[-1]}:{path}")
