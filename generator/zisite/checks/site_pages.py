"""The Markdown pages of the engine's own folder (MkDocs' ``docs_dir``, ``content/halaman/``).

The engine publishes them with the site's own Markdown extensions, so maintainers may use HTML
there; but nothing a browser would run: ``<script>``, ``<iframe>``, ``<object>``, ``<embed>``,
``<style>``, event attributes (``onclick=``) or ``javascript:``/``vbscript:``/``data:`` links are
refused at their line and column, whichever engine builds the site; entities and whitespace inside
a scheme (``jav&#x61;script:``, ``java script:``) do not hide it. These pages are not passed through
the sanitiser that cleans office texts, because Material's own extensions (tabs, admonitions,
icons) need markup it would strip; the page policy and `zisite deploy`'s verification block what
a line-by-line reading misses. Personal data is refused as on office pages; what any of the
site's offices publishes may be repeated.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable
from pathlib import Path

from ..diagnostics import Diagnostic, Severity
from ..load import contain
from ..load.bounded import read_bounded
from .page_texts import PAGE_KEYS
from .personal import Published
from .privacy import check_page

PAGE_BYTES = 1024 * 1024  # a larger page is not read here (nor is it a page anyone writes by hand)
_RUNNABLE = re.compile(
    r"<\s*(?P<tag>script|iframe|object|embed|style|base|meta|form)\b"
    r"|<[A-Za-z][^>]*?\s(?P<handler>on[a-z]+)\s*="
    r"|(?P<scheme>\b(?:javascript|vbscript|data):)(?!\s)", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\s\x00-\x1f]+")


def runnable_markup(text: str, display: str) -> list[Diagnostic]:
    """Everything in a page's Markdown that a browser would run or that would change what loads."""
    found = []
    in_code = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if in_code or line.startswith(("    ", "\t")):
            continue  # code shown to readers, not run
        shown = html.unescape(re.sub(r"`[^`]*`", lambda m: " " * len(m.group(0)), line))
        matches = list(_RUNNABLE.finditer(shown))
        if not any(m.group("scheme") for m in matches):  # "java script:", "jav&#x61;script:" as browsers read them
            hidden = re.search(r"(javascript|vbscript):", _INVISIBLE.sub("", shown), re.IGNORECASE)
            if hidden:
                found.append(_runnable(display, number, 1, f"tautan '{hidden.group(1).lower()}:'"))
        for match in matches:
            what = (f"<{match.group('tag').lower()}>" if match.group("tag") else
                    f"atribut {match.group('handler').lower()}" if match.group("handler") else
                    f"tautan '{match.group('scheme').split(':')[0].strip().lower()}:'")
            found.append(_runnable(display, number, match.start() + 1, what))
    return found


def _runnable(display: str, line: int, column: int, what: str) -> Diagnostic:
    return Diagnostic(display, line, column, Severity.ERROR, f"{what} tidak diizinkan di halaman situs",
                      hint="halaman situs tidak boleh menjalankan program di peramban pembaca; tulis dengan Markdown, "
                           "dan tautkan hanya ke alamat https:// atau halaman lain di situs ini", code="site-page-runnable")


def misplaced_office_page(path: Path, display: str, slugs: list[str]) -> Diagnostic | None:
    """A page named like an office's standard page (``kontak.md``, ``wbs.tambahan.md``) in the engine's
    folder: staff put it there because it is the ``halaman`` folder they can see, but it belongs to an
    office; here it is a stray page MkDocs refuses (it is in no menu) with an English warning."""
    stem = path.name.removesuffix(".md").removesuffix(".tambahan")
    if stem not in PAGE_KEYS:
        return None
    slug = slugs[0] if len(slugs) == 1 else "<kantor>"
    return Diagnostic(display, 1, 1, Severity.ERROR,
                      f"halaman '{path.name}' adalah halaman kantor; tempatnya di content/offices/{slug}/halaman/, "
                      "bukan di folder ini",
                      hint=f"pindahkan berkas ini ke content/offices/{slug}/halaman/{path.name}; folder ini hanya "
                           "untuk halaman situs di luar halaman kantor", code="site-page-office")


def check_site_pages(root: Path, folder: Path | None, offices: Iterable[object],
                     slugs: list[str] | None = None) -> list[Diagnostic]:
    """Every ``*.md`` under ``folder``: an office page in the wrong folder, runnable markup, personal data."""
    if folder is None:
        return []
    folder = Path(os.path.abspath(root / folder))
    if not folder.is_dir() or not folder.is_relative_to(root) or not contain.allowed(root, folder):
        return []  # outside the project or a link: reported by ``contain.scan``
    policy = Published.union(Published.for_office(office) for office in offices)
    out: list[Diagnostic] = []
    for path in sorted(folder.rglob("*.md")):
        if not path.is_file() or not contain.allowed(root, path):
            continue
        raw, _size = read_bounded(path, PAGE_BYTES)
        if raw is not None:
            text = raw.decode("utf-8-sig", errors="replace")
            display = path.relative_to(root).as_posix()
            if path.parent == folder and (misplaced := misplaced_office_page(path, display, slugs or [])):
                out.append(misplaced)
            out += runnable_markup(text, display) + check_page(text, display, policy=policy)
    return out
