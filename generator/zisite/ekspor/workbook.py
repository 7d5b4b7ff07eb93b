"""The Excel workbook `zisite ekspor` writes: the plan sheet (and the realisasi template sheet),
saved beside the target and renamed over it in one step."""

from __future__ import annotations

from pathlib import Path

from ..impor.write import replace_atomically
from . import metadata
from .layout import Sheet, decree_lines, layout, row_texts, signature_lines

PLAN_SHEET = "Rencana Aksi"
REALISASI_SHEET = "Realisasi"
REALISASI_HEADINGS = ("KODE BARIS", "BARIS RENCANA AKSI", "TANGGAL / BULAN", "KEGIATAN", "JUMLAH", "BUKTI",
                      "STATUS", "ALASAN",
                      "TARGET KE")
REALISASI_GUIDE = ("Isi satu baris per pelaksanaan. Untuk beberapa pelaksanaan pada baris yang sama, salin "
                   "barisnya (kode baris tetap). TANGGAL / BULAN: 2026-03-27 atau 2026-03. BUKTI: satu per "
                   "baris sel, 'Judul: https://…' atau 'Judul: bukti/…'. STATUS: selesai atau batal (dengan "
                   "ALASAN). TARGET KE: hanya untuk baris dengan beberapa target. Baris tanpa KEGIATAN dilewati.")


def _plan_sheet(sheet, plan: dict, grid: Sheet) -> None:
    from openpyxl.styles import Alignment, Font

    wrap = Alignment(wrap_text=True, vertical="top")
    sheet.title = PLAN_SHEET
    decree = decree_lines(plan)  # the decree above the annex, as a signed decree prints it
    for r, line in enumerate(decree, 1):
        sheet.cell(r, 1, line)
    title = len(decree) + (2 if decree else 1)
    sheet.cell(title, 1, plan["judul"]).font = Font(bold=True)
    top = title + 2
    for c, heading in enumerate(grid.headings, 1):
        cell = sheet.cell(top, c, heading)
        cell.font, cell.alignment = Font(bold=True), wrap
        if any(grid.numbers):
            sheet.cell(top + 1, c, grid.numbers[c - 1]).alignment = wrap
        sheet.column_dimensions[cell.column_letter].width = 8 if heading.upper().startswith("NO") else 32
    first = top + (2 if any(grid.numbers) else 1)
    for r, row in enumerate(grid.rows):
        for c, slot in enumerate(row):
            if slot.covered:
                continue
            if slot.lines:
                cell = sheet.cell(first + r, c + 1, "\n".join(slot.lines))
                cell.alignment = wrap
                cell.number_format = "@"
                if grid.codes[r] is None and c + 1 > 1:
                    cell.font = Font(bold=True)
            rows, cols = slot.span
            if (rows, cols) != (1, 1):
                sheet.merge_cells(start_row=first + r, start_column=c + 1,
                                  end_row=first + r + rows - 1, end_column=c + cols)
    column = max(len(grid.headings) - 1, 1)
    for i, line in enumerate(signature_lines(plan)):
        sheet.cell(first + len(grid.rows) + 2 + i, column, line)
    sheet.freeze_panes = sheet.cell(first, 1)


def _realisasi_sheet(sheet, plan: dict) -> None:
    from openpyxl.styles import Alignment, Font

    from ..rowlist import shorten

    wrap = Alignment(wrap_text=True, vertical="top")
    sheet.cell(1, 1, f"REALISASI {plan['judul']}").font = Font(bold=True)
    sheet.cell(2, 1, REALISASI_GUIDE)
    for c, heading in enumerate(REALISASI_HEADINGS, 1):
        cell = sheet.cell(4, c, heading)
        cell.font = Font(bold=True)
        sheet.column_dimensions[cell.column_letter].width = {1: 12, 2: 48, 4: 40, 6: 40}.get(c, 16)
    for r, (code, words) in enumerate(row_texts(plan), 5):
        sheet.cell(r, 1, code).number_format = "@"
        sheet.cell(r, 2, shorten(words, 80)).alignment = wrap
        for c in range(3, len(REALISASI_HEADINGS) + 1):
            sheet.cell(r, c).number_format = "@"  # dates stay as typed, not Excel serial numbers
    sheet.freeze_panes = "C5"


def _metadata_sheet(sheet, plan: dict) -> None:
    """Hidden: staff never edit it, and impor reads it only from zisite's own export."""
    sheet.sheet_state = "hidden"
    sheet.append(metadata.HEADINGS)
    for key, value in metadata.rows(plan):
        sheet.append((key, value))
    for row in sheet.iter_rows():
        for cell in row:
            cell.number_format = "@"


def workbook(plan: dict, realisasi: bool = False):
    from openpyxl import Workbook

    book = Workbook()
    _plan_sheet(book.active, plan, layout(plan))
    if realisasi:
        _realisasi_sheet(book.create_sheet(REALISASI_SHEET), plan)
    _metadata_sheet(book.create_sheet(metadata.SHEET), plan)
    return book


def save_atomic(book, path: Path) -> None:
    """Never half a workbook: saved with impor's own atomic replace."""
    replace_atomically(path, book.save)
