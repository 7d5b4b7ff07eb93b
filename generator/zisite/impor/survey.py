"""An SKM sheet → the ``skm`` periods of a survey file (``statistik/survei/TAHUN.yaml``).

Two layouts, as survey teams send them; in both the nine elements are rows named 'U1' … 'U9' or
by their PermenPANRB 14/2017 names, and a row whose first text says 'responden' gives how many:

- averages: one column per period headed by the period ('Semester I', 'Triwulan II', 'Tahun 2026'),
  each element's NRR (1–4) in it;
- answer counts: columns headed 1, 2, 3, 4 (how many answered each value), one period per table or
  sheet, named by a period line above the table or by the sheet's name. Without a respondents row
  the respondents are the answers to U1 (everyone answers every element), which the report says.

Only what the survey model holds today is written: periode, responden, and nrr or jawaban for all
nine elements. SPAK sheets and published IKM figures are not read.
"""

from __future__ import annotations

import re

from ..domain import survey
from ..domain.periods import PeriodError, parse_period
from .grid import Table
from .guard import Refused
from .roles import normal
from .note import Note

_CODE = re.compile(r"^U\s*-?\s*([1-9])\b", re.IGNORECASE)
_NAMES = {normal(name): key for key, name in survey.SKM_ELEMENT_NAMES.items()}


def element(text: str) -> str | None:
    """'U3', 'U3 Waktu penyelesaian', 'Waktu Penyelesaian' → 'u3'; anything else None."""
    if match := _CODE.match(text.strip()):
        return f"u{match.group(1)}"
    words = normal(text)
    return next((key for name, key in _NAMES.items() if words == name or words.startswith(name + " ")), None)


def number(text: str) -> float | None:
    """'3,40' or '3.40' → 3.4; '48' → 48.0; anything else None (the sheet gives numbers as text)."""
    text = text.strip().replace(" ", "")
    if re.fullmatch(r"\d+([.,]\d+)?", text):
        return float(text.replace(",", "."))
    return None


def whole(text: str) -> int | None:
    """A count as sheets give it: '60', '1.500' or '1 500' (thousands grouped) → an int; else None."""
    text = text.strip()
    if re.fullmatch(r"\d{1,3}([. ]\d{3})+|\d+", text):
        return int(re.sub(r"[. ]", "", text))
    return None


def _period(text: str) -> str | None:
    try:
        parse_period(text)
    except PeriodError:
        return None
    return text


def _rows(table: Table) -> list[list[str]]:
    """The table's rows as texts, a merged cell's text once (at its top-left)."""
    out = []
    for r, row in enumerate(table.rows):
        out.append([c.text if c.key[-2:] == (r, i) else "" for i, c in enumerate(row)])
    return out


def _skm(table: Table, notes: list[Note]) -> list[dict]:
    rows = _rows(table)
    found: dict[str, tuple[int, int]] = {}  # element → (row, column of its label)
    for r, row in enumerate(rows):
        for c, text in enumerate(row[:3]):
            key = element(text) if text else None
            if key and key not in found:
                found[key] = (r, c)
                break
    if len(found) < len(survey.SKM_ELEMENTS):
        return []
    first = min(r for r, _ in found.values())
    label = max(c for _, c in found.values())  # 'NO | UNSUR': the name column is the rightmost label
    header = next((r for r in range(first - 1, -1, -1) if any(rows[r][label + 1:])), None)
    if header is None:
        return []
    columns = [c for c in range(label + 1, len(rows[header])) if rows[header][c]]
    where = table.rows[header][columns[0]].where if columns else table.name
    respondents = next((rows[r] for r in range(first, len(rows)) if "RESPONDEN" in normal(" ".join(rows[r][:label + 1]))),
                       None)
    by_value = {rows[header][c].strip().rstrip("."): c for c in columns}
    if all(str(v) in by_value for v in survey.SCALE):  # answer counts, one period
        counts = {}
        for key in survey.SKM_ELEMENTS:
            r = found[key][0]
            texts = [rows[r][by_value[str(v)]] for v in survey.SCALE]
            for v, text in zip(survey.SCALE, texts):
                if text and whole(text) is None:
                    notes.append(Note(table.rows[r][by_value[str(v)]].where, f"jumlah jawaban {v} unsur "
                                      f"{key.upper()} '{text}' bukan bilangan bulat; ditulis 0, periksa", True))
            counts[key] = [whole(text) or 0 for text in texts]
        period = next((p for line in [*reversed(table.before), *(t for row in rows[:header] for t in row if t),
                                      table.name] if (p := _period(_period_words(line)))), None)
        if period is None:
            notes.append(Note(table.name, "periode survei tidak ditemukan di atas tabel atau di nama lembar; "
                              "ditulis 'Tahun', periksa", True))
            period = "Tahun"
        given = [whole(t) for t in respondents[label + 1:]] if respondents else []
        total = next((v for v in given if v), None)
        if total is None:
            total = sum(counts["u1"])
            notes.append(Note(table.name, f"baris jumlah responden tidak ditemukan; responden = banyaknya jawaban "
                              f"U1 ({total})", True))
        return [{"periode": period, "responden": total, "jawaban": counts}]
    periods = []
    for c in columns:
        period = _period(rows[header][c])
        if period is None:
            notes.append(Note(table.rows[header][c].where, f"kolom '{rows[header][c]}' bukan periode; dilewati", True))
            continue
        nrr = {key: number(rows[found[key][0]][c]) for key in survey.SKM_ELEMENTS}
        if any(v is None for v in nrr.values()):
            notes.append(Note(table.rows[header][c].where, f"periode '{period}' tidak memuat NRR kesembilan unsur; "
                              "dilewati", True))
            continue
        total = whole(respondents[c]) if respondents and c < len(respondents) else None
        if not total:
            raise Refused(f"jumlah responden periode '{period}' tidak ditemukan ({where})",
                          "tambahkan baris 'Jumlah responden' di bawah unsur U9, lalu impor lagi")
        periods.append({"periode": period, "responden": total, "nrr": nrr})
    return periods


def _period_words(line: str) -> str:
    """'Periode: Semester II' or 'SKM Semester II 2026' → the period words in it, when there are some."""
    match = re.search(r"(triwulan|semester|tw|tahun)\s+\S+", line, re.IGNORECASE)
    return match.group(0) if match else line.strip()


def build(tables: list[Table], tahun: int) -> tuple[dict, list[Note]]:
    """The survey file's data (``contoh: false``) from every SKM table; Refused without one."""
    notes: list[Note] = []
    periods: list[dict] = []
    for table in tables:
        found = _skm(table, notes)
        for period in found:
            kind = "jumlah jawaban" if "jawaban" in period else "NRR"
            notes.append(Note(table.name, f"periode '{period['periode']}': {kind}, {period['responden']} responden"))
        periods += found
    seen: set[str] = set()
    for period in periods:
        if normal(period["periode"]) in seen:
            notes.append(Note("periode", f"periode '{period['periode']}' terbaca lebih dari sekali; hapus yang bukan "
                              "hasil akhirnya (zisite check menolak periode ganda)", True))
        seen.add(normal(period["periode"]))
    if not periods:
        raise Refused("tidak ada tabel SKM di berkas ini: tidak ditemukan sembilan unsur (U1 … U9) dengan NRR per "
                      "periode atau jumlah jawaban 1–4",
                      "pastikan setiap unsur satu baris bernama U1 … U9 atau nama unsurnya")
    return {"contoh": False, "tahun": tahun, "skm": periods}, notes
