"""Renders a plan (YAML data) as the documents offices hold — .docx, .xlsx, .csv, .pdf — in the
plan's own column layout, so `zisite impor` can be tested against transcribed seeds.

Layout, as in the seeds: a level with its own column is a vertically merged cell over its rows;
bagian without a column (Banggai Kepulauan) is a group row merged across the table; the NO
column holds the number of the highest level that has a column; the other levels' numbers are
printed at the start of their cell ('2. Melaksanakan …'); a cell with several values holds one
paragraph (or line) each; an extra column's value (``kolom_lain``) on a kelompok or aksi is one cell
merged over its rows, on a row that row's cell. `_term_` markup becomes italics where the format has them.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from zisite.ekspor.layout import decree_lines, signature_lines  # printed as zisite ekspor prints them

LEVELS = ("bagian", "kelompok", "aksi", "baris")
TEXT = {"bagian": "judul", "kelompok": "judul", "aksi": "uraian", "baris": "uraian"}
CHILD = {"bagian": "kelompok", "kelompok": "aksi", "aksi": "baris"}


def plain(text: str) -> str:
    return re.sub(r"(?<![\w])_([^_]+)_(?![\w])", r"\1", text)


def values(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


@dataclass
class Slot:
    """One grid cell: ``parts`` its paragraphs, ``span`` (rows, columns) when it starts a merge,
    ``covered`` when another cell's merge covers it."""

    parts: list[str]
    span: tuple[int, int] = (1, 1)
    covered: bool = False
    across: bool = False  # covered by a merge from the left (a group row), not from above


def layout(plan: dict) -> tuple[list[str], list[str | None], list[list[Slot]]]:
    """(headings, column numbers, body rows) of the plan's table."""
    keys = [c["kunci"] for c in plan["kolom"]]
    headings = [c["judul"] for c in plan["kolom"]]
    numbers = [c.get("nomor") for c in plan["kolom"]]
    width = len(keys)
    number_level = next((lvl for lvl in LEVELS if lvl in keys), None)
    rows: list[list[Slot]] = []

    def cell_text(level: str, node: dict) -> list[str]:
        text = node.get(TEXT[level])
        if not text:
            return []
        nomor = node.get("nomor")
        if nomor and level != number_level:
            text = f"{nomor} {text}"
        return [text]

    def leaves(level: str, node: dict) -> int:
        if level == "baris":
            return 1
        return sum(leaves(LEVELS[LEVELS.index(level) + 1], child) for child in node[CHILD[level]])

    def walk(level: str, node: dict, starts: dict, owners: dict):
        if level == "baris":
            row = [Slot([]) for _ in range(width)]
            for i, key in enumerate(keys):
                if key in LEVELS:
                    if key in starts:
                        lvl_node, span = starts[key]
                        row[i] = Slot(cell_text(key, lvl_node), (span, 1))
                    else:
                        row[i] = Slot([], covered=True)
                elif key == "nomor":
                    top = next((lvl for lvl in LEVELS if lvl in starts and lvl == number_level), None)
                    row[i] = Slot([starts[top][0]["nomor"]] if top and starts[top][0].get("nomor") else [])
                elif key in ("bukti_fisik", "target_waktu", "target_capaian"):
                    row[i] = Slot(values(node.get(key)))
                else:  # an extra column: a kelompok's or aksi's value is one cell merged over its rows
                    owner = next((lvl for lvl in ("kelompok", "aksi") if key in (owners[lvl].get("kolom_lain") or {})), None)
                    if owner is None:
                        row[i] = Slot(values((node.get("kolom_lain") or {}).get(key)))
                    elif owner in starts:
                        row[i] = Slot(values(owners[owner]["kolom_lain"][key]), (starts[owner][1], 1))
                    else:
                        row[i] = Slot([], covered=True)
            rows.append(row)
            return
        child_level = LEVELS[LEVELS.index(level) + 1]
        for index, child in enumerate(node[CHILD[level]]):
            nested = dict(starts) if index == 0 else {}
            nested[child_level] = (child, leaves(child_level, child))
            walk(child_level, child, nested, {**owners, child_level: child})

    for bagian in plan["bagian"]:
        if "bagian" not in keys:
            group = [Slot([]) for _ in range(width)]
            first = 0
            if keys[0] == "nomor":
                group[0] = Slot([bagian["nomor"]] if bagian.get("nomor") else [])
                first = 1
            group[first] = Slot([bagian["judul"]], (1, width - first))
            for i in range(first + 1, width):
                group[i] = Slot([], covered=True, across=True)
            rows.append(group)
            walk("bagian", bagian, {}, {"bagian": bagian})
        else:
            walk("bagian", bagian, {"bagian": (bagian, leaves("bagian", bagian))}, {"bagian": bagian})
    return headings, numbers, rows


def _runs(paragraph, text: str) -> None:
    for i, piece in enumerate(re.split(r"(?<![\w])_([^_]+)_(?![\w])", text)):
        if piece:
            paragraph.add_run(piece).italic = bool(i % 2) or None


def _fill(cell, parts: list[str]) -> None:
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        _runs(paragraph, part)


def write_docx(plan: dict, path: Path, number_row: bool = True) -> Path:
    import docx

    headings, numbers, body = layout(plan)
    document = docx.Document()
    for line in decree_lines(plan):
        _runs(document.add_paragraph(), line)
    document.add_paragraph(plan["judul"])
    header_rows = 2 if number_row and any(numbers) else 1
    table = document.add_table(rows=header_rows + len(body), cols=len(headings))
    table.style = "Table Grid"
    width = len(headings)
    grid = table._cells  # once: table.cell() walks the whole table on every call
    cell = lambda r, c: grid[r * width + c]  # noqa: E731
    for c, heading in enumerate(headings):
        cell(0, c).text = heading
        if header_rows == 2:
            cell(1, c).text = numbers[c] or ""
    for r, row in enumerate(body):
        for c, slot in enumerate(row):
            if not slot.covered:
                _fill(cell(header_rows + r, c), slot.parts)
    for r, row in enumerate(body):  # merge after filling: python-docx moves the text into the origin
        for c, slot in enumerate(row):
            rows, cols = slot.span
            if (rows, cols) != (1, 1) and not slot.covered:
                merged = cell(header_rows + r, c).merge(cell(header_rows + r + rows - 1, c + cols - 1))
                _fill(merged, slot.parts)
    for line in signature_lines(plan):
        document.add_paragraph(line)
    document.save(str(path))
    return path


# --- .xlsx and .csv ----------------------------------------------------------------------------

def write_xlsx(plan: dict, path: Path, title_rows: int = 2) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    headings, numbers, body = layout(plan)
    book = Workbook()
    sheet = book.active
    sheet.title = "Rencana Aksi"
    sheet.cell(1, 1, plain(plan["judul"]))
    top = title_rows + 1
    for c, heading in enumerate(headings, 1):
        sheet.cell(top, c, heading)
        if any(numbers):
            sheet.cell(top + 1, c, numbers[c - 1])
    first = top + (2 if any(numbers) else 1)
    for r, row in enumerate(body):
        for c, slot in enumerate(row):
            if slot.covered:
                continue
            if slot.parts:
                cell = sheet.cell(first + r, c + 1, "\n".join(plain(p) for p in slot.parts))
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            rows, cols = slot.span
            if (rows, cols) != (1, 1):
                sheet.merge_cells(start_row=first + r, start_column=c + 1,
                                  end_row=first + r + rows - 1, end_column=c + cols)
    for i, line in enumerate(signature_lines(plan)):
        sheet.cell(first + len(body) + 2 + i, len(headings) - 1, line)
    book.save(str(path))
    return path


def write_csv(plan: dict, path: Path, delimiter: str = ",", encoding: str = "utf-8-sig") -> Path:
    headings, numbers, body = layout(plan)
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow([plain(plan["judul"])])
        writer.writerow(headings)
        if any(numbers):
            writer.writerow([n or "" for n in numbers])
        for row in body:
            writer.writerow(["\n".join(plain(p) for p in slot.parts) for slot in row])
        writer.writerow([])
        for line in signature_lines(plan):
            writer.writerow([line])
    return path


# --- .pdf (reportlab) --------------------------------------------------------------------------

def write_pdf(plan: dict, path: Path, font_size: float = 7) -> Path:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    headings, numbers, body = layout(plan)
    style = ParagraphStyle("cell", fontName="Helvetica", fontSize=font_size, leading=font_size * 1.2)
    spaced = ParagraphStyle("item", parent=style, spaceBefore=font_size * 1.2)

    def para(text: str, first: bool = True):
        marked = re.sub(r"(?<![\w])_([^_]+)_(?![\w])", r"<i>\1</i>", escape(text))
        return Paragraph(marked, style if first else spaced)

    def content(parts: list[str]):
        if not parts:
            return ""
        return [para(p, i == 0) for i, p in enumerate(parts)]

    data = [[para(h) for h in headings]]
    has_numbers = any(numbers)
    if has_numbers:
        data.append([para(n or "") for n in numbers])
    header = len(data)
    last = len(headings) - 1
    # Vertical merges are drawn, not spanned: no rule under a cell whose value goes on, so a
    # merged kegiatan can break across pages as in a Word-made PDF; group rows are spans.
    commands = [("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("INNERGRID", (0, 0), (-1, header - 1), 0.5, colors.black),
                ("LINEBELOW", (0, header - 1), (-1, header - 1), 0.5, colors.black)]
    for c in range(last):
        commands.append(("LINEAFTER", (c, 0), (c, -1), 0.5, colors.black))
    for r, row in enumerate(body):
        data.append([content(slot.parts) if not slot.covered else "" for slot in row])
        for c, slot in enumerate(row):
            rows, cols = slot.span
            if cols > 1 and not slot.covered:
                commands.append(("SPAN", (c, header + r), (c + cols - 1, header + r)))
            below = body[r + 1][c] if r + 1 < len(body) else None
            if below is None or not below.covered or below.across:
                commands.append(("LINEBELOW", (c, header + r), (c, header + r), 0.5, colors.black))
    page = landscape(A4)
    usable = page[0] - 20 * mm
    weights = [0.8 if h.upper().startswith("NO") else 2.0 for h in headings]
    widths = [usable * w / sum(weights) for w in weights]
    table = Table(data, colWidths=widths, repeatRows=header, splitByRow=0, splitInRow=1, style=TableStyle(commands))
    story = [Paragraph(escape(line), style) for line in decree_lines(plan)]
    story += [Paragraph(escape(plan["judul"]), style), table]
    story += [Paragraph(escape(line), style) for line in signature_lines(plan)]
    SimpleDocTemplate(str(path), pagesize=page, leftMargin=10 * mm, rightMargin=10 * mm,
                      topMargin=10 * mm, bottomMargin=10 * mm).build(story)
    return path


WRITERS = {"docx": write_docx, "xlsx": write_xlsx, "csv": write_csv, "pdf": write_pdf}


def published(plan: dict, markup: bool = True) -> dict:
    """What the site shows of a plan's table: title, columns and the tree, without pengungkit
    (not printed) and with a one-value list written as the value. ``markup=False``: `_term_`
    italics dropped, for formats that carry no italics."""
    def norm(value):
        if isinstance(value, dict):
            return {k: norm(v) for k, v in value.items() if k != "pengungkit"}
        if isinstance(value, list):
            items = [norm(v) for v in value]
            return items[0] if len(items) == 1 and isinstance(items[0], str) else items
        if isinstance(value, str):
            return value if markup else plain(value)
        return value

    return {"judul": norm(plan["judul"]), "kolom": plan["kolom"], "bagian": norm(plan["bagian"])}


def catalogue_entry(line: str):
    """The error catalogue's entry (docs/panduan/pesan-galat.md) for a line `zisite impor` printed:
    its prefix and one of its wordings, with each <…> standing for a filled-in value; None without one."""
    from zisite.checks.catalogue.commands import PERINTAH

    for entry in PERINTAH:
        if entry.kelompok != "impor":
            continue
        for wording in entry.semua:
            written = re.split(r"<[^<>]+>", entry.awalan + wording)
            if re.fullmatch(".+".join(re.escape(part) for part in written), line, re.DOTALL):
                return entry
    return None
