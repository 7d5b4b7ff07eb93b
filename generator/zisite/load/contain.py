"""Which files the build may read or publish: regular files inside the project, reached without a link.

A committed symbolic link survives ``git clone``: one in ``bukti/`` pointing at ``/proc/self/environ``
would publish the build's environment (in CI, the deploy secrets). So every reader (the YAML files,
office page texts, evidence files, the MkDocs ``docs_dir``) asks :func:`refusal` before it opens a
path, and :func:`scan` reports every link or special file under the folders the build reads, at its
own path, before anything is read. The rule lives here once; a link is refused even when it points
inside the project, because what it points at can change without the link changing.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..diagnostics import Diagnostic, Severity

SYMLINK = "symlink"
SPECIAL = "not-regular"
OUTSIDE = "outside-project"

_MESSAGES = {
    SYMLINK: ("adalah tautan simbolik (symlink); yang diterbitkan hanya berkas biasa di dalam repositori",
              "hapus tautan itu dan simpan salinan berkasnya sendiri di tempat ini (git add berkasnya, bukan tautannya)"),
    SPECIAL: ("bukan berkas biasa (misalnya pipa atau perangkat); yang diterbitkan hanya berkas biasa di dalam repositori",
              "hapus entri ini dan simpan berkas biasa di tempatnya"),
    OUTSIDE: ("berada di luar folder proyek; yang diterbitkan hanya berkas biasa di dalam repositori",
              "simpan berkasnya di dalam repositori, misalnya di content/"),
}


@dataclass(frozen=True)
class Refusal:
    """Why ``path`` (the link, special file or escaping path itself, maybe a parent folder) is refused."""

    kind: str
    path: Path

    def diagnostic(self, root: Path) -> Diagnostic:
        message, hint = _MESSAGES[self.kind]
        return Diagnostic(display(root, self.path), 1, 1, Severity.ERROR, f"'{self.path.name}' {message}",
                          hint=hint, code=self.kind)

    def words(self, root: Path) -> str:
        """The reason in a sentence, for a message placed elsewhere (the realisasi line naming the file)."""
        return f"'{display(root, self.path)}' {_MESSAGES[self.kind][0]}"


def display(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def refusal(root: Path, path: Path) -> Refusal | None:
    """None when ``path`` is a regular file or a folder inside ``root`` reached
    through no symbolic link; else the first component that is a link, special or outside."""
    root = Path(os.path.abspath(root))
    path = Path(os.path.abspath(path))
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return Refusal(OUTSIDE, path)
    here = root
    for i, part in enumerate(parts):
        here = here / part
        try:
            mode = os.lstat(here).st_mode
        except OSError:
            return None  # missing: the reader says so in its own words
        if stat.S_ISLNK(mode):
            return Refusal(SYMLINK, here)
        last = i == len(parts) - 1
        if last and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            return Refusal(SPECIAL, here)
    if not path.resolve().is_relative_to(root.resolve()):
        return Refusal(OUTSIDE, path)
    return None


def allowed(root: Path, path: Path) -> bool:
    """A file a reader may open, or a folder it may walk; what is not was reported by :func:`scan`."""
    return refusal(root, path) is None


def scan(root: Path, top: Path, skip: frozenset[Path] = frozenset()) -> list[Diagnostic]:
    """Every symbolic link and special file under ``top`` (and ``top`` itself), one error each at
    its path; links are never followed, so a linked folder is reported once and not walked.
    Folders in ``skip`` (other offices when one office is checked) are not walked."""
    root = Path(os.path.abspath(root))
    top = Path(os.path.abspath(top))
    found: list[Diagnostic] = []
    problem = refusal(root, top)
    if problem is not None:
        return [problem.diagnostic(root)]
    if not top.is_dir():
        return []
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.is_symlink():
                found.append(Refusal(SYMLINK, path).diagnostic(root))
            elif entry.is_dir(follow_symlinks=False):
                if path not in skip:
                    pending.append(path)
            elif not entry.is_file(follow_symlinks=False):
                found.append(Refusal(SPECIAL, path).diagnostic(root))
    return found


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml may hold tags (``!ENV``, ``!!python/name``): read them as nothing, construct none."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def configured_dirs(root: Path) -> tuple[Path | None, Path | None]:
    """(``docs_dir``, ``theme.custom_dir``) as the project's ``mkdocs.yml`` names them (MkDocs' default
    ``docs``; no custom_dir), both None without a readable config."""
    config = Path(root) / "mkdocs.yml"
    if not config.is_file() or not allowed(root, config):
        return None, None
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=_ConfigLoader)  # noqa: S506 - safe loader
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None, None  # the engine reports an unreadable config itself
    data = data if isinstance(data, dict) else {}
    theme = data.get("theme")
    found = (data.get("docs_dir", "docs"), theme.get("custom_dir") if isinstance(theme, dict) else None)
    return tuple(Path(root) / value if isinstance(value, str) and value else None for value in found)
