"""The staff guide (docs/panduan/ and the pages it links to), copied into every new office repository.

An office repository has no zisite source checkout, and a clerk reading the README on GitHub or
GitLab should reach the guide and the error catalogue in one click, in the version of zisite the
office runs. The guide ships inside the package as ``zisite.guide`` (a wheel); from a source
checkout (an editable install) it is read from ``docs/`` directly.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

GUIDE_FOLDER = "docs"
"""Where the guide goes in an office repository; the same layout as here, so its links keep working."""

START = "panduan/index.md"
CATALOGUE = "panduan/pesan-galat.md"

_CODE = re.compile(r"^(```|~~~).*?^\1|`[^`\n]*`", re.M | re.S)
_LINK = re.compile(r"\]\(([^)\s#]+\.md)(?:#[^)\s]*)?\)")


def source_root() -> Path:
    """The folder holding ``panduan/``: the packaged copy, or the checkout's ``docs/``."""
    try:
        packaged = Path(str(resources.files("zisite.guide")))
    except ModuleNotFoundError:  # editable install: setuptools maps only real packages
        packaged = None
    if packaged is not None and (packaged / START).is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "docs"
    if (checkout / START).is_file():
        return checkout
    raise FileNotFoundError("panduan staf tidak ditemukan di paket zisite; pasang ulang zisite")


def linked_pages(text: str) -> list[str]:
    """Relative ``.md`` targets linked from a page's Markdown, leaving out code examples."""
    return _LINK.findall(_CODE.sub("", text))


def pages(root: Path | None = None) -> list[str]:
    """Every guide page, relative to the root: ``panduan/*.md`` and what they link to, transitively."""
    root = root or source_root()
    todo = sorted(p.relative_to(root).as_posix() for p in (root / "panduan").glob("*.md"))
    found: list[str] = []
    while todo:
        page = todo.pop(0)
        if page in found:
            continue
        found.append(page)
        base = Path(page).parent
        for target in linked_pages((root / page).read_text(encoding="utf-8")):
            resolved = (base / target).as_posix()
            parts: list[str] = []
            for part in resolved.split("/"):
                if part == "..":
                    if parts:
                        parts.pop()
                elif part not in ("", "."):
                    parts.append(part)
            todo.append("/".join(parts))
    return found


def copy(folder: Path, write) -> list[Path]:
    """Write every guide page under ``folder/docs/`` with ``write(path, text)``; the paths written."""
    root = source_root()
    return [write(folder / GUIDE_FOLDER / page, (root / page).read_text(encoding="utf-8")) for page in pages(root)]
