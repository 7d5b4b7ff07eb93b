"""Excel .xlsx through openpyxl in read-only, values-only mode: no formula is evaluated, no
external link followed, no macro run. Merged ranges come from the sheet's XML."""

from __future__ import annotations

import re
import warnings
import zipfile
from pathlib import Path

from .grid import Cell, Table, column_letter, paragraphs, square
from .guard import MAX_CELLS, MAX_ROWS, Refused


def _merged(path: Path, workbook) -> dict[str, list[tuple[int, int, int, int]]]:
    """Sheet title → merged ranges (0-based min_row, min_col, max_row, max_col).

    Read-only worksheets do not load merged cells, so the <mergeCell ref="…"> elements are read
    from each sheet's XML part (its size is already bounded by ``guard``).
    """
    from openpyxl.utils.cell import range_boundaries

    found: dict[str, list[tuple[int, int, int, int]]] = {}
    pattern = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')
    with zipfile.ZipFile(path) as archive:
        for sheet in workbook.worksheets:
            part = getattr(sheet, "_worksheet_path", None) or getattr(sheet, "worksheet_path", None)
            if not part:
                continue
            data = archive.read(part.lstrip("/"))
            spans = []
            for ref in pattern.findall(data):
                min_col, min_row, max_col, max_row = range_boundaries(ref.decode())
                spans.append((min_row - 1, min_col - 1, max_row - 1, max_col - 1))
            found[sheet.title] = spans
    return found


MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
_DATE_TOKEN = re.compile(r"\[[^\]]*\]|\"[^\"]*\"|\\.|y{3,4}|y{1,2}|m{3,5}|m{1,2}|d{3,4}|d{1,2}|[^ymd\[\"\\]+",
                         re.IGNORECASE)


def date_text(value, number_format: str) -> str:
    """A date cell as Excel shows it: 'mmm-yy' → 'Jan-26', 'mmmm yyyy' → 'Januari 2026' (Indonesian
    month names, as Indonesian Excel prints them); no date format → 'dd/mm/yyyy'."""
    fmt = number_format or ""
    if not re.search(r"[ymd]", fmt, re.IGNORECASE) or fmt.lower() == "general":
        fmt = "dd/mm/yyyy"
    out = []
    for token in _DATE_TOKEN.findall(fmt.split(";")[0]):
        low = token.lower()
        if token.startswith("["):
            continue  # locale and colour codes
        if token.startswith('"'):
            out.append(token.strip('"'))
        elif token.startswith("\\"):
            out.append(token[1:])
        elif low.startswith("y"):
            out.append(f"{value.year:04d}" if len(low) > 2 else f"{value.year % 100:02d}")
        elif low.startswith("m"):
            name = MONTHS[value.month - 1]
            out.append({1: str(value.month), 2: f"{value.month:02d}", 3: name[:3]}.get(len(low), name))
        elif low.startswith("d"):
            out.append(str(value.day) if len(low) == 1 else f"{value.day:02d}")
        else:
            out.append(token)
    return "".join(out)


def _text(value, number_format: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "strftime"):
        return date_text(value, number_format)
    return str(value)


def read(path: Path) -> list[Table]:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = load_workbook(path, read_only=True, data_only=True, keep_links=False, keep_vba=False)
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise Refused(f"'{path.name}' tidak dapat dibaca sebagai lembar kerja Excel ({type(error).__name__})",
                      "buka di Excel lalu simpan ulang sebagai .xlsx") from None
    try:
        merged = _merged(path, workbook)
        tables = []
        cells = 0
        for sheet in workbook.worksheets:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue
            raw = []
            dates: list[tuple[int, int, str]] = []
            sheet.reset_dimensions()  # a wrong <dimension> must not cut rows or columns off
            for r, row in enumerate(sheet.iter_rows()):
                texts = []
                for c, cell in enumerate(row):
                    value = getattr(cell, "value", None)
                    texts.append(_text(value, getattr(cell, "number_format", "")))
                    if hasattr(value, "strftime"):
                        dates.append((r, c, texts[-1]))
                raw.append(texts)
                cells += len(row)
                if len(raw) > MAX_ROWS or cells > MAX_CELLS:
                    raise Refused(f"lembar '{sheet.title}' terlalu besar (batas {MAX_ROWS} baris, {MAX_CELLS} sel)",
                                  "pisahkan tabel rencana aksi ke berkas tersendiri")
            while raw and not any(v.strip() for v in raw[-1]):
                raw.pop()
            if not raw:
                continue
            title = sheet.title

            def where(r: int, c: int, title=title) -> str:
                quoted = f"'{title}'" if " " in title else title
                return f"{quoted}!{column_letter(c)}{r + 1}"

            keys = {}
            for top, left, bottom, right in merged.get(title, []):
                for r in range(top, bottom + 1):
                    for c in range(left, right + 1):
                        keys[(r, c)] = (top, left)
            width = max(len(row) for row in raw)
            rows = []
            for r, row in enumerate(raw):
                out = []
                for c in range(width):
                    key = keys.get((r, c), (r, c))
                    value = raw[key[0]][key[1]] if key[1] < len(raw[key[0]]) else ""
                    out.append(Cell(paragraphs(value), where(r, c), key))
                rows.append(out)
            table = Table(title, square(rows, where))
            table.notes = [(where(r, c), f"sel tanggal Excel ditulis '{text}', seperti tampilannya; periksa "
                            "bila naskah aslinya berbeda") for r, c, text in dates]
            tables.append(table)
        return tables
    finally:
        workbook.close()
