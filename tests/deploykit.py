"""Helpers for the deploy tests: a second real build, tree snapshots, release listings."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from helpers import ROOT

# <office's date>-<time><zone>[.n]-<random>-<commit>[-ubahan]; see deploy/releases.py
RELEASE_NAME = r"\d{8}-\d{6}(WIB|WITA|WIT)(\.\d+)?-[0-9a-f]{8}-([0-9a-f]{4,40}|tanpa-git)(-ubahan)?"


def build_variant(destination: Path, *, office: str | None = None, epoch: int | None = None) -> Path:
    """A real build of the example site that differs from the session's ``site_dir``."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = str(epoch)
    command = [sys.executable, "-m", "zisite", "build", "--site-dir", str(destination)]
    proc = subprocess.run(command + (["--office", office] if office else []), cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return destination


def digests(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` by POSIX relative path (the content of a release)."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def snapshot(folder: Path) -> dict[str, tuple]:
    """Everything a deploy could change: each entry's kind, inode, mtime, size and link target."""
    state = {}
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        link = os.readlink(path) if path.is_symlink() else None
        state[path.relative_to(folder).as_posix()] = (st.st_mode, st.st_ino, st.st_mtime_ns, st.st_size, link)
    return state


def releases(target: Path) -> list[str]:
    return sorted(p.name for p in (target / "releases").iterdir())


def live(target: Path) -> str:
    """The live release's name; `current` must be a relative symlink into releases/."""
    link = os.readlink(target / "current")
    assert link.startswith("releases/"), link
    return link.removeprefix("releases/")
