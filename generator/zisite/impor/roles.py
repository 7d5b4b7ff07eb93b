"""Which column holds what, from the Indonesian words of its heading (or ``--kolom``).

The four tree levels are named by position: the rightmost tree column is the row (baris),
the one before it the action (aksi), then kelompok, then bagian, because offices use the
same words for different levels (Sigi's INDIKATOR is a row, Banggai Kepulauan's an action).
Only words that always mean the top level (komponen pengungkit, area) pin a column to bagian.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LEVELS = ("bagian", "kelompok", "aksi", "baris")
FIELDS = ("bukti_fisik", "target_waktu", "target_capaian")
ROLES = ("nomor", *LEVELS, *FIELDS)
IGNORE = "abaikan"

# Checked in order, each group before the next: the first phrase found in the heading decides.
_FIELD_WORDS: tuple[tuple[str, str], ...] = (
    ("PENANGGUNG JAWAB", "penanggung_jawab"), ("PENANGGUNGJAWAB", "penanggung_jawab"), ("PIC", "penanggung_jawab"),
    ("PELAKSANA", "penanggung_jawab"), ("UNIT KERJA", "penanggung_jawab"),
    ("KETERANGAN", "keterangan"), ("KET", "keterangan"), ("CATATAN", "keterangan"),
    ("REALISASI", "realisasi"), ("ANGGARAN", "anggaran"), ("BIAYA", "anggaran"), ("SUMBER DANA", "anggaran"),
    ("BUKTI", "bukti_fisik"), ("DATA DUKUNG", "bukti_fisik"), ("DOKUMEN PENDUKUNG", "bukti_fisik"),
    ("WAKTU", "target_waktu"), ("JADWAL", "target_waktu"), ("TENGGAT", "target_waktu"), ("PERIODE", "target_waktu"),
    ("CAPAIAN", "target_capaian"),
)
_TOP_WORDS = ("PENGUNGKIT", "AREA PERUBAHAN", "AREA", "BAGIAN")
_TREE_WORDS = ("KOMPONEN", "ASPEK", "KELOMPOK", "SUB AREA", "SUBAREA", "PROGRAM", "KEGIATAN", "AKSI",
               "LANGKAH", "INDIKATOR", "URAIAN", "RENCANA", "TAHAPAN", "UPAYA", "STRATEGI", "SUB KOMPONEN",
               "UNSUR", "KRITERIA", "PERTANYAAN")
# Weaker words, read only when no tree word is in the heading ('TARGET KEGIATAN' stays a target
# by the rule for TARGET … below; 'OUTPUT' alone is an extra column, 'Output / Indikator' a row).
_LATE_WORDS: tuple[tuple[str, str], ...] = (
    ("TARGET", "target_capaian"), ("VOLUME", "target_capaian"), ("SASARAN", "target_capaian"),
    ("OUTPUT", "output"), ("KELUARAN", "output"), ("HASIL", "output"),
)
_NUMBER_WORDS = {"NO", "NOMOR", "NO URUT", "NOMOR URUT", "NMR", "#"}


def normal(heading: str) -> str:
    """Upper case, punctuation as spaces: 'Target Waktu/ Pelaksanaan' → 'TARGET WAKTU PELAKSANAAN'."""
    return " ".join(re.sub(r"[^0-9A-Za-z#]+", " ", heading).upper().split())


def _has(words: str, phrase: str) -> bool:
    return re.search(rf"(^| ){re.escape(phrase)}( |$)", words) is not None


def guess(heading: str) -> str | None:
    """A heading's role without looking at its neighbours: a field, 'nomor', 'pohon' (a tree
    column, levelled later), 'atas' (always bagian) or None."""
    words = normal(heading)
    if not words:
        return None
    if words in _NUMBER_WORDS:
        return "nomor"
    for phrase, role in _FIELD_WORDS:
        if _has(words, phrase):
            return role
    if words.startswith("TARGET"):
        return "target_capaian"
    if any(_has(words, p) for p in _TOP_WORDS) and not _has(words, "SUB AREA"):
        return "atas"
    if any(_has(words, p) for p in _TREE_WORDS):
        return "pohon"
    for phrase, role in _LATE_WORDS:
        if _has(words, phrase):
            return role
    return None


def extra_key(heading: str) -> str:
    """An unknown column's key, valid as a declared extra column (models/plan.py): its heading's
    words in lower case joined by underscores, starting with a letter, at most 40 characters
    (cut at a word), and never a key the model or the open data already use ('URAIAN' → uraian_kolom)."""
    from ..models.plan import FIXED_KEYS, RESERVED_KEYS

    words = [w for w in normal(heading).lower().replace("#", " ").split()]
    while words and not words[0][0].isalpha():
        words.pop(0)
    key = ""
    for word in words:
        if len(key) + len(word) + bool(key) > 40:
            break
        key = f"{key}_{word}" if key else word
    key = key or "kolom"
    if key in FIXED_KEYS or key in RESERVED_KEYS:
        key = f"{key}_kolom"
    return key


def unique(key: str, taken: set[str]) -> str:
    """``key``, or ``key_2``, ``key_3`` … when a column already has it (kept within 40 characters)."""
    n = 1
    candidate = key
    while candidate in taken:
        n += 1
        candidate = f"{key[:40 - len(str(n)) - 1]}_{n}"
    return candidate


@dataclass(frozen=True)
class Column:
    index: int
    heading: str
    role: str          # one of ROLES, an extra key, or IGNORE
    number: str | None = None  # the column number printed under the heading, e.g. '(4)'
    known: bool = True  # False: the heading's words named no role (kept as an extra column)
    forced: bool = False  # named by --kolom


def _reserved() -> tuple[str, ...]:
    from ..models.plan import RESERVED_KEYS

    return RESERVED_KEYS


def parse_override(text: str | None) -> dict[str, str]:
    """``--kolom "judul=peran,…"`` → normalised heading → role. ValueError (Indonesian) when malformed."""
    out: dict[str, str] = {}
    if not text:
        return out
    for part in text.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise ValueError(f"'{part.strip()}' bukan pasangan judul=peran")
        heading, role = (s.strip() for s in part.rsplit("=", 1))
        role = role.lower().replace(" ", "_")
        if role == "bukti":
            role = "bukti_fisik"
        if not heading or not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", role):
            raise ValueError(f"'{part.strip()}': judul atau peran kosong atau tidak sah (peran: huruf kecil, angka "
                             "dan garis bawah, diawali huruf, paling panjang 40)")
        if role not in (*ROLES, IGNORE) and role in _reserved():
            raise ValueError(f"'{part.strip()}': '{role}' sudah dipakai situs dan tidak dapat menjadi nama kolom "
                             f"tambahan; pilih nama lain, misalnya {role}_kolom")
        out[normal(heading)] = role
    return out


def assign(headings: list[str], numbers: list[str | None], override: dict[str, str]) -> list[Column]:
    """Every column's role. Tree columns are levelled from the right (see module docstring)."""
    guesses = []
    for i, heading in enumerate(headings):
        forced = override.get(normal(heading))
        guesses.append(("paksa", forced) if forced else ("tebak", guess(heading)))
    tree = [i for i, (how, g) in enumerate(guesses) if how == "tebak" and g in {"pohon", "atas"}]
    forced_levels = {g for how, g in guesses if how == "paksa" and g in LEVELS}
    free = [lvl for lvl in LEVELS if lvl not in forced_levels]
    levels: dict[int, str] = {}
    top = [i for i in tree if guesses[i][1] == "atas"]
    if top and "bagian" in free:
        levels[top[0]] = "bagian"
        free.remove("bagian")
        tree = [i for i in tree if i != top[0]]
    for i in reversed(tree):
        if not free:
            break
        level = free.pop()  # from the right: baris, aksi, kelompok, bagian
        levels[i] = level
    columns = []
    seen: set[str] = set()
    for i, heading in enumerate(headings):
        how, g = guesses[i]
        number = numbers[i] if i < len(numbers) else None
        if how == "paksa":
            role, known, forced = g, True, True
        elif i in levels:
            role, known, forced = levels[i], True, False
        elif g in {"pohon", "atas"}:
            role, known, forced = extra_key(heading), False, False
        elif g is None:
            role, known, forced = (extra_key(heading) if heading else IGNORE), False, False
        else:
            role, known, forced = g, True, False
        if role in seen and role != IGNORE:
            role, known = unique(role, seen), False
        seen.add(role)
        columns.append(Column(i, heading, role, number, known, forced))
    return columns
