"""CSV/TSV as Excel writes it: ``,`` ``;`` or tab, UTF-8 with or without BOM, else Windows-1252."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from .grid import Cell, Table, paragraphs, square
from .guard import Refused


def decode(data: bytes) -> str:
    """UTF-8 (a BOM dropped), else Windows-1252 (Excel's 'CSV' on Indonesian Windows)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise Refused("berkas CSV bukan teks UTF-8 atau Windows-1252",
                          "simpan ulang dari Excel sebagai 'CSV UTF-8'") from None


def delimiter(text: str) -> str:
    """The delimiter that splits the most lines into the same number of fields (quotes respected)."""
    sample = text[:200_000]  # a decree above the table may fill the first pages
    best, best_score = ",", -1
    for candidate in (",", ";", "\t"):
        rows = list(csv.reader(io.StringIO(sample), delimiter=candidate))[:2000]
        widths = [len(row) for row in rows if any(field.strip() for field in row)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = widths.count(common) * (common - 1)
        if score > best_score:
            best, best_score = candidate, score
    return best


def read(path: Path) -> list[Table]:
    text = decode(path.read_bytes())
    hint = re.match(r"sep=(.)\r?\n", text)  # Excel's own first line naming the delimiter
    if hint:
        sep, text = hint[1], text[hint.end():]
    else:
        sep = delimiter(text)
    try:
        raw = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    except csv.Error as error:
        raise Refused(f"'{path.name}' bukan CSV yang utuh: {error}") from None

    def where(r: int, c: int) -> str:
        return f"baris {r + 1}, kolom {c + 1}"

    rows = [[Cell(paragraphs(value), where(r, c), (r, c)) for c, value in enumerate(row)]
            for r, row in enumerate(raw)]
    return [Table(path.name, square(rows, where))]
