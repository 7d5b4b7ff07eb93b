"""An office's own page texts: ``content/offices/<slug>/halaman/<page>.md`` replaces a standard
text, ``<page>.tambahan.md`` is added after it.

Staff write these, so they are checked like data: UTF-8, no HTML, template syntax valid, and
warnings for what makes a page hard to use with a screen reader (images without alt text, empty
links, "klik di sini", skipped heading levels).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from ..diagnostics import Diagnostic, Severity
from ..load import contain

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


def _trial_render(env: SandboxedEnvironment, text: str, office, display: str) -> Diagnostic | None:
    """Render once with the office's data, so a forbidden or broken placeholder fails the check,
    not the build."""
    links = {key: "#" for key in PAGE_KEYS}
    try:
        env.from_string(text).render(kantor=office, halaman=links, situs_lain=lambda url, label: label,
                                     tanggal_bangun="", versi_axe="")
    except SecurityError as exc:
        return _problem(display, 1, 1, f"isian tidak diizinkan ({exc})",
                        "isian hanya boleh memakai data kantor, misalnya {{ kantor.nama_singkat }}")
    except TemplateError as exc:
        return _problem(display, 1, 1, f"isian tidak dapat diisi ({exc})",
                        "periksa nama isian, misalnya {{ kantor.email }}")
    return None


def load_office_pages(directory: Path, display_root: Path, office=None) -> tuple[dict[str, PageText], list[Diagnostic]]:
    """Read ``directory`` (an office's ``halaman/``); unknown names and bad text are reported."""
    texts: dict[str, dict[str, str]] = {}
    found: list[Diagnostic] = []
    if not directory.is_dir() or not contain.allowed(display_root, directory):
        return {}, []  # a linked folder was reported where it is
    env = SandboxedEnvironment(undefined=StrictUndefined)
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
        raw = path.read_bytes()
        if len(raw) > MAX_BYTES:
            found.append(_problem(display, 1, 1, f"berkas terlalu besar ({len(raw)} bita; batasnya {MAX_BYTES})"))
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            found.append(_problem(display, line, 1, "berkas bukan teks UTF-8 yang sah",
                                  "simpan ulang berkas dengan pengodean UTF-8"))
            continue
        problems = lint_markdown(text, display)
        try:
            env.parse(text)
        except TemplateSyntaxError as exc:
            problems.append(_problem(display, exc.lineno or 1, 1, f"isian {{{{ … }}}} tidak sah ({exc.message})",
                                     "periksa pasangan {{ }} dan {% %}; contoh isian: {{ kantor.nama_singkat }}"))
        else:
            if office is not None and (failure := _trial_render(env, text, office, display)):
                problems.append(failure)
        found.extend(problems)
        if any(p.severity is Severity.ERROR for p in problems):
            continue
        key, _, kind = stem.partition(".")
        texts.setdefault(key, {})["extra" if kind else "replace"] = text
    return {key: PageText(v.get("replace"), v.get("extra")) for key, v in texts.items()}, found
