"""The personal-data guard on everything an office publishes besides statistics: plans (their page
and their YAML download, comments included), realisasi, ``office.yaml``, the office's page texts,
and the Markdown pages of the engine's own folder (``docs_dir``).

A NIK, a private phone number or a private e-mail address is an error wherever it appears: the site
would publish it. Each message points at the line and column of the number itself, names the field,
and says why (UU 27/2022 tentang Pelindungan Data Pribadi) and what to do. What the office publishes
on purpose — its own numbers and addresses in ``office.yaml``, ``.go.id`` addresses, landlines — is
not refused (``personal.Published``). Statistics have their own, stricter walk (``checks.stats``).
"""

from __future__ import annotations

import re

from ..diagnostics import Diagnostic, Severity, human_path
from ..load.yaml import Loaded, Path_
from .personal import EMAIL, NIK, PHONE, Found, Published, find_personal, may_be_personal

CODE = "personal-data"
LAW = "UU 27/2022 tentang Pelindungan Data Pribadi"
HINTS = {
    NIK: f"NIK warga, pelapor atau pegawai adalah data pribadi ({LAW}) dan tidak boleh diterbitkan; hapus nomornya",
    PHONE: f"nomor telepon pribadi adalah data pribadi ({LAW}) dan tidak boleh diterbitkan; hapus nomornya. Nomor "
           "resmi kantor ditulis di office.yaml (telepon, hotline, whatsapp) dan boleh dikutip di teks",
    EMAIL: f"alamat surel pribadi adalah data pribadi ({LAW}) dan tidak boleh diterbitkan; hapus alamatnya, atau pakai "
           "surel resmi kantor (office.yaml: email, email_pengaduan) atau alamat .go.id",
}
PUBLISHED = "data pribadi tidak boleh diterbitkan"

# office.yaml: the office's own public contact, published on purpose, and the staff-only note.
OFFICE_EXEMPT: frozenset[Path_] = frozenset({
    ("email",), ("email_pengaduan",), ("telepon",), ("hotline",), ("whatsapp",), ("alamat",),
    ("upg", "email"), ("upg", "telepon"), ("upg", "alamat"), ("catatan",),
})


def field_name(path: Path_) -> str:
    """The key a value is written under (``target_waktu`` for the second value of that cell)."""
    return next((str(part) for part in reversed(path) if isinstance(part, str)), "isi")


def parent(path: Path_) -> Path_:
    """The path above the field a message names, as ``checks.validate`` shows it."""
    while path and isinstance(path[-1], int):
        path = path[:-1]
    return path[:-1]


def candidates(data: object) -> list[tuple[Path_, str]]:
    """(path, text) of every text or whole number in loaded YAML data that may hold personal data.

    A loop, not recursion, and a path built only for the few texts that pass the quick test: a
    national check walks some 400 000 values."""
    found: list[tuple[Path_, str]] = []
    stack: list[tuple[Path_, object]] = [((), [data])]
    while stack:
        path, container = stack.pop()
        items = container.items() if isinstance(container, dict) else enumerate(container)
        for key, value in items:
            if isinstance(value, (dict, list)):
                stack.append((path + (key,), value))
                continue
            if isinstance(value, bool) or not isinstance(value, (str, int)):
                continue
            text = value if isinstance(value, str) else str(value)
            if may_be_personal(text):
                found.append((path + (key,), text))
    # The root was wrapped in a list to walk it like any container: drop that first step. (The
    # order is the walk's; diagnostics are sorted by place when they are printed.)
    return [(p[1:], t) for p, t in found]


def _diagnostic(file: str, line: int, column: int, found: Found, message: str, where: str | None = None) -> Diagnostic:
    return Diagnostic(file, line, column, Severity.ERROR, message, where=where, hint=HINTS[found.kind], code=CODE)


def in_yaml(loaded: Loaded, policy: Published, *, exempt: frozenset[Path_] = frozenset()) -> list[Diagnostic]:
    """Every value of a YAML file that holds personal data, each finding at its own line and column."""
    out: list[Diagnostic] = []
    for path, text in candidates(loaded.data):
        if path in exempt:
            continue
        for found in find_personal(text, policy):
            line, column = loaded.place_in(path, text, found.start)
            out.append(_diagnostic(loaded.display, line, column, found,
                                   f"'{field_name(path)}' memuat {found.what} ({found.shown}): {PUBLISHED}",
                                   human_path(parent(path)) or None))
    return out


_COMMENT = re.compile(r"(?:^|(?<=\s))#.*")


def in_comments(loaded: Loaded, policy: Published, already: list[Diagnostic]) -> list[Diagnostic]:
    """Comments of a file published as it is written (a plan's YAML download)."""
    seen = {(d.line, d.column) for d in already}
    out: list[Diagnostic] = []
    for number, line in enumerate(loaded.text.splitlines(), start=1):
        if "#" not in line:
            continue
        for comment in _COMMENT.finditer(line):
            for found in find_personal(comment.group(0), policy):
                column = comment.start() + found.start + 1
                if (number, column) in seen:
                    continue  # a '#' inside a text value: reported as that value
                out.append(_diagnostic(loaded.display, number, column, found,
                                       f"komentar memuat {found.what} ({found.shown}): berkas rencana aksi "
                                       "diterbitkan apa adanya sebagai unduhan YAML"))
    return out


def check_plan(loaded: Loaded, office: object = None) -> list[Diagnostic]:
    """A plan: every cell and heading, the decree, signing text, and the comments of its YAML download."""
    policy = Published.for_office(office)
    found = in_yaml(loaded, policy)
    return found + in_comments(loaded, policy, found)


def check_realisasi(loaded: Loaded, office: object = None) -> list[Diagnostic]:
    """A realisasi file: what was done, notes, reasons, evidence titles and links."""
    return in_yaml(loaded, Published.for_office(office))


def check_office(loaded: Loaded) -> list[Diagnostic]:
    """``office.yaml``: its free text (names, maklumat, services, documents, links); its own contact fields
    are what it publishes on purpose."""
    return in_yaml(loaded, Published.for_office(loaded.data), exempt=OFFICE_EXEMPT)


def check_page(text: str, display: str, office: object = None, *, policy: Published | None = None) -> list[Diagnostic]:
    """An office's page text (Markdown), each finding at its line and column."""
    out = []
    for found in find_personal(text, policy or Published.for_office(office)):
        before = text[:found.start]
        line, column = before.count("\n") + 1, found.start - (before.rfind("\n") + 1) + 1
        out.append(_diagnostic(display, line, column, found,
                               f"teks halaman memuat {found.what} ({found.shown}): {PUBLISHED}"))
    return out
