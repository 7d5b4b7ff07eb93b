"""The realisasi sheet (`zisite ekspor --realisasi`, filled in by staff) → realisasi records.

Reads any table whose header names KODE BARIS and KEGIATAN: one record per row with a kegiatan;
rows left as exported (code and row text only) are skipped. Every value keeps the sheet!cell it
came from, so the checker's complaints can point into the workbook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .grid import Cell, Table
from .guard import Refused
from .note import Note
from .roles import normal

# heading word → record field, first match wins ('BARIS RENCANA AKSI' is the row text: ignored)
_HEADINGS = (("KODE BARIS", "baris"), ("TARGET KE", "target_ke"), ("TANGGAL", "kapan"), ("BULAN", "kapan"),
             ("KEGIATAN", "kegiatan"), ("JUMLAH", "jumlah"), ("BUKTI", "bukti"), ("STATUS", "status"),
             ("ALASAN", "alasan"))
_MONTHS = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
           "november", "desember")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_WORDS = re.compile(r"(?:(\d{1,2})\s+)?([A-Za-z]+)\s+(\d{4})")
_EVIDENCE = re.compile(r"^(?:(?P<judul>.+?)\s*:\s+)?(?P<ref>(?:https?://|bukti/)\S+)$")


@dataclass
class Read:
    records: list[dict] = field(default_factory=list)
    places: list[dict[str, str]] = field(default_factory=list)  # per record: field → sheet!cell
    problems: list[Note] = field(default_factory=list)  # values that cannot be read: nothing is written
    sheet: str = ""
    skipped: int = 0


def _columns(row: list[Cell]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(row):
        words = f" {normal(cell.text)} "
        for word, role in _HEADINGS:
            if f" {word} " in words:
                found.setdefault(role, i)
                break
    return found


def _month(name: str) -> int | None:
    name = name.lower().replace("nopember", "november").replace("pebruari", "februari")
    for i, month in enumerate(_MONTHS, 1):
        if name == month or (len(name) == 3 and month.startswith(name)):
            return i
    return None


def when(text: str) -> tuple[str, str] | None:
    """('tanggal', 'TTTT-BB-HH') or ('bulan', 'TTTT-BB') from what staff (or Excel) wrote; None if unreadable."""
    text = text.strip()
    if m := _ISO_DAY.fullmatch(text):
        return "tanggal", text
    if m := _ISO_MONTH.fullmatch(text):
        return "bulan", text
    if m := _SLASHED.fullmatch(text):
        return "tanggal", f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    if (m := _WORDS.fullmatch(text)) and (month := _month(m[2])):
        return ("tanggal", f"{m[3]}-{month:02d}-{int(m[1]):02d}") if m[1] else ("bulan", f"{m[3]}-{month:02d}")
    return None


def evidence(line: str) -> dict | None:
    """'Notulen rapat: https://…' or 'Foto: bukti/2026/foto.jpg' (a bare address is its own title)."""
    m = _EVIDENCE.match(line.strip())
    if not m:
        return None
    ref = m["ref"]
    return {"judul": m["judul"] or ref.rsplit("/", 1)[-1] or ref, ("url" if ref.startswith("http") else "berkas"): ref}


def find(tables: list[Table]) -> tuple[Table, int, dict[str, int]]:
    for table in tables:
        for r, row in enumerate(table.rows[:30]):
            columns = _columns(row)
            if "baris" in columns and "kegiatan" in columns:
                return table, r, columns
    raise Refused("tidak ada lembar realisasi di berkas ini: tidak ditemukan baris judul dengan KODE BARIS dan "
                  "KEGIATAN", "buat lembarnya dengan zisite ekspor KANTOR TAHUN --realisasi, isi, lalu impor")


def read(tables: list[Table]) -> Read:
    table, header, columns = find(tables)
    out = Read(sheet=table.name)
    for row in table.rows[header + 1:]:
        cells = {role: row[i] for role, i in columns.items()}
        filled = {role for role, cell in cells.items() if not cell.empty and role != "baris"}
        if not filled or filled == {"baris"}:
            out.skipped += 1
            continue
        record: dict = {}
        places: dict[str, str] = {}
        for role in ("baris", "target_ke", "kapan", "kegiatan", "jumlah", "status", "alasan", "bukti"):
            cell = cells.get(role)
            if cell is None or cell.empty:
                if role in ("baris", "kegiatan", "kapan") and cell is not None:
                    places[{"kapan": "tanggal"}.get(role, role)] = cell.where
                continue
            text = cell.text
            if role == "kapan":
                read_when = when(text)
                if read_when is None:
                    out.problems.append(Note(cell.where, f"'{text}' bukan tanggal atau bulan; tulis misalnya "
                                                     "2026-03-27 atau 2026-03", True))
                    continue
                record[read_when[0]] = read_when[1]
                places[read_when[0]] = cell.where
            elif role in ("jumlah", "target_ke"):
                if not text.isdigit():
                    out.problems.append(Note(cell.where, f"'{text}' bukan bilangan bulat", True))
                    continue
                record[role] = int(text)
                places[role] = cell.where
            elif role == "bukti":
                items = []
                for part in cell.parts:
                    item = evidence(part)
                    if item is None:
                        out.problems.append(Note(cell.where, f"bukti '{part}' bukan alamat web (https://…) atau "
                                                         "berkas di bukti/; tulis 'Judul: https://…'", True))
                    else:
                        items.append(item)
                if items:
                    record["bukti"] = items
                places["bukti"] = cell.where
            else:
                record[role] = text
                places[role] = cell.where
        out.records.append(record)
        out.places.append(places)
    return out
