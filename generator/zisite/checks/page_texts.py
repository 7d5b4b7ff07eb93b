"""An office's own page texts: ``content/offices/<slug>/halaman/<page>.md`` replaces a standard
text, ``<page>.tambahan.md`` is added after it.

Staff write these, so they are checked like data: UTF-8, no HTML, template syntax valid, no
personal data (``checks.privacy``), and warnings for what makes a page hard to use with a screen
reader (images without alt text, empty links, "klik di sini", skipped heading levels).
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from jinja2 import TemplateError, TemplateSyntaxError
from jinja2.sandbox import SecurityError

from ..diagnostics import Diagnostic, Severity
from ..load import contain
from ..load.bounded import read_bounded
from ..models.fields import CONTROL_CHARACTERS
from ..staff import allowlist
from ..staff import sandbox as staff_sandbox
from .privacy import check_page

STANDARD_TEXTS = "templates/halaman"
PAGE_KEYS: tuple[str, ...] = tuple(sorted(
    item.name.removesuffix(".md") for item in files("zisite").joinpath(STANDARD_TEXTS).iterdir()
    if item.name.endswith(".md")))
"""The pages whose standard text an office may replace or extend: one template each in
``templates/halaman/``. Read from the package, not from the page registry, so checking data never
imports the render stage; ``tests/test_page_registry.py`` keeps the registry's staff-text pages and
these templates equal."""

MAX_BYTES = 256 * 1024
_HTML = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+|[^@\s>]+@[^>\s]+)>")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
_LINK = re.compile(r"(?<!!)\[([^\]]*)\]\(([^)]*)\)")
_HEADING = re.compile(r"^(#{1,6})\s+\S")
_ATTR_LIST = re.compile(r"(?<!\{)\{:?[ \t]*(?:[.#][\w-]+|[\w-]+[ \t]*=)[^{}\n]*\}(?!\})")
_PLACEHOLDER_AUTOLINK = re.compile(r"<\s*\{\{")
_REMOTE_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")
_LINK_TARGET = re.compile(r"\]\(\s*<?\s*([^)\s>]*)|^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_VAGUE = re.compile(r"^\s*(klik\s+(di\s*)?sini|di\s*sini|sini|klik|selengkapnya|link|tautan)\s*[.!]?\s*$", re.I)


@dataclass(frozen=True)
class PageText:
    """An office's replacement and/or addition for one standard page."""

    replace: str | None = None
    extra: str | None = None


def _problem(file: str, line: int, col: int, message: str, hint: str | None = None,
             severity: Severity = Severity.ERROR, code: str = "page") -> Diagnostic:
    return Diagnostic(file, line, col, severity, message, hint=hint, code=code)


def lint_markdown(text: str, file: str) -> list[Diagnostic]:
    """Errors for HTML; warnings for accessibility mistakes, each at its line and column."""
    found: list[Diagnostic] = []
    level = 1  # the page title is the h1
    in_code = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        for match in list(_HTML.finditer(_AUTOLINK.sub(lambda m: " " * len(m.group(0)), line)))[:1]:
            found.append(_problem(file, number, match.start() + 1, f"HTML tidak diizinkan ({match.group(0)})",
                                  "tulis dengan Markdown saja; situs mengatur tampilannya"))
        if (match := _ATTR_LIST.search(line)):
            found.append(_problem(file, number, match.start() + 1, f"daftar atribut {match.group(0)} tidak diizinkan",
                                  "hapus bagian { … } itu; situs mengatur tampilannya", code="page-attr-list"))
        if (match := _PLACEHOLDER_AUTOLINK.search(line)):
            found.append(_problem(file, number, match.start() + 1, "isian di dalam < > tidak didukung",
                                  "untuk alamat surel tulis {{ surel(kantor.email) }}; untuk situs lain "
                                  "{{ situs_lain(kantor.situs_web, 'nama situs') }}", code="page-template"))
        if (match := _REMOTE_IMAGE.search(line)):
            found.append(_problem(file, number, match.start() + 1, "gambar dari situs lain tidak diizinkan",
                                  "simpan berkas gambar di folder halaman kantor dan tulis namanya saja, "
                                  "misalnya ![Banner Tolak Gratifikasi](banner.png)", code="page-remote-image"))
        for match in _LINK_TARGET.finditer(line):
            target = html.unescape(match.group(1) if match.group(1) is not None else match.group(2))
            scheme = _SCHEME.match("".join(target.split()))
            if scheme and scheme.group(1).lower() not in staff_sandbox.LINK_SCHEMES:
                found.append(_problem(file, number, match.start() + 1,
                                      f"tautan '{scheme.group(1)}:' tidak diizinkan",
                                      "tautan hanya boleh ke alamat https://, http://, mailto: atau tel:, "
                                      "atau ke halaman lain di situs ini", code="page-link-scheme"))
        for match in _IMAGE.finditer(line):
            if not match.group(1).strip():
                found.append(_problem(file, number, match.start() + 1, "gambar tanpa teks alternatif",
                                      "tulis isi gambar di antara [ ], misalnya ![Banner Tolak Gratifikasi](banner.png)",
                                      Severity.WARNING, "a11y-alt"))
        for match in _LINK.finditer(line):
            label = match.group(1).strip()
            if not label:
                found.append(_problem(file, number, match.start() + 1, "tautan tanpa teks",
                                      "tulis tujuan tautan di antara [ ]", Severity.WARNING, "a11y-empty-link"))
            elif _VAGUE.match(label):
                found.append(_problem(file, number, match.start() + 1, f"teks tautan '{label}' tidak menjelaskan tujuannya",
                                      "tulis ke mana tautan itu menuju, misalnya [formulir pengaduan](…)",
                                      Severity.WARNING, "a11y-link-text"))
        heading = _HEADING.match(line)
        if heading:
            depth = len(heading.group(1))
            if depth == 1:
                found.append(_problem(file, number, 1, "judul tingkat 1 (#) sudah dipakai judul halaman",
                                      "mulai dari ## untuk bagian di dalam halaman", Severity.WARNING, "a11y-heading"))
            elif depth > level + 1:
                found.append(_problem(file, number, 1, f"tingkat judul melompat dari {level} ke {depth}",
                                      "naikkan satu tingkat saja, misalnya ## lalu ###", Severity.WARNING, "a11y-heading"))
            level = depth
    return found


def _trial_render(env, text: str, office, display: str) -> Diagnostic | None:
    """Render once with the office's data, within the build's budget, so a forbidden, broken or
    runaway placeholder fails the check, not the build."""
    links = {key: "#" for key in PAGE_KEYS}
    context = {"kantor": staff_sandbox.published(office), "halaman": links, "tanggal_bangun": "", "versi_axe": ""}
    try:
        staff_sandbox.render(env.from_string(text), context)
    except staff_sandbox.BudgetExceeded as exc:
        return _problem(display, 1, 1, f"teks halaman terlalu berat untuk diisi ({exc})",
                        "teks halaman hanya mengisi data kantor; hapus perulangan yang tidak perlu",
                        code="page-budget")
    except SecurityError as exc:
        return _problem(display, 1, 1, f"isian tidak diizinkan ({exc})",
                        "isian hanya boleh memakai data kantor, misalnya {{ kantor.nama_singkat }}")
    except TemplateError as exc:
        return _problem(display, 1, 1, f"isian tidak dapat diisi ({exc})",
                        "periksa nama isian, misalnya {{ kantor.email }}")
    return None


def _template_problems(env, text: str, office, display: str) -> list[Diagnostic]:
    """Syntax errors, then Jinja a staff text may not use, then a trial render with the data."""
    try:
        refused = allowlist.refusals(env, text)
    except TemplateSyntaxError as exc:
        return [_problem(display, exc.lineno or 1, 1, f"isian {{{{ … }}}} tidak sah ({exc.message})",
                         "periksa pasangan {{ }} dan {% %}; contoh isian: {{ kantor.nama_singkat }}")]
    if refused:
        return [_problem(display, r.line, 1, r.message,
                         "teks halaman hanya boleh memakai isian data kantor ({{ kantor.… }}), {% if %}, {% for %} "
                         "atas daftar kantor, situs_lain(…) dan surel(…)", code="page-template")
                for r in refused]
    if office is not None and (failure := _trial_render(env, text, office, display)):
        return [failure]
    return []


def _characters(text: str, display: str) -> list[Diagnostic]:
    """Control and bidirectional-override characters, refused as in YAML text: they hide what a
    reader sees (U+202E reverses it) or break the page."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if (match := CONTROL_CHARACTERS.search(line)):
            found.append(_problem(display, number, match.start() + 1,
                                  f"memuat karakter kendali tak terlihat (U+{ord(match.group(0)):04X})",
                                  "hapus karakter itu; sering terbawa saat menyalin dari PDF atau Word",
                                  code="text_control"))
    return found


def load_office_pages(directory: Path, display_root: Path, office=None) -> tuple[dict[str, PageText], list[Diagnostic]]:
    """Read ``directory`` (an office's ``halaman/``); unknown names and bad text are reported."""
    texts: dict[str, dict[str, str]] = {}
    found: list[Diagnostic] = []
    if not directory.is_dir() or not contain.allowed(display_root, directory):
        return {}, []  # a linked folder was reported where it is
    env = staff_sandbox.environment(strict=True)
    valid = [*PAGE_KEYS, *(f"{k}.tambahan" for k in PAGE_KEYS)]
    for path in sorted(directory.iterdir()):
        display = path.relative_to(display_root).as_posix()
        if not path.is_file() or path.name.startswith(".") or not contain.allowed(display_root, path):
            continue  # links and special files were reported where they are (``contain.scan``)
        stem = path.name[:-3] if path.name.endswith(".md") else None
        if stem not in valid:
            close = difflib.get_close_matches(stem or path.stem, valid, n=1)
            found.append(_problem(display, 1, 1, f"berkas halaman '{path.name}' tidak dikenal"
                                  + (f"; maksud Anda '{close[0]}.md'?" if close else ""),
                                  "nama yang sah: " + ", ".join(f"{k}.md" for k in PAGE_KEYS)
                                  + " (atau <nama>.tambahan.md untuk menambah teks)"))
            continue
        raw, size = read_bounded(path, MAX_BYTES)
        if raw is None:
            found.append(_problem(display, 1, 1, f"berkas terlalu besar ({size} bita; batasnya {MAX_BYTES})"))
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            found.append(_problem(display, line, 1, "berkas bukan teks UTF-8 yang sah",
                                  "simpan ulang berkas dengan pengodean UTF-8"))
            continue
        problems = _characters(text, display) + lint_markdown(text, display) + check_page(text, display, office)
        problems += _template_problems(env, text, office, display)
        found.extend(problems)
        if any(p.severity is Severity.ERROR for p in problems):
            continue
        key, _, kind = stem.partition(".")
        texts.setdefault(key, {})["extra" if kind else "replace"] = text
    return {key: PageText(v.get("replace"), v.get("extra")) for key, v in texts.items()}, found
