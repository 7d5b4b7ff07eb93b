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


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
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
            sheet.reset_dimensions()  # a wrong <dimension> must not cut rows or columns off
            for row in sheet.iter_rows(values_only=True):
                raw.append([_text(v) for v in row])
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
            tables.append(Table(title, square(rows, where)))
        return tables
    finally:
        workbook.close()
