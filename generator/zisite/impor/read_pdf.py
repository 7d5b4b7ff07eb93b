"""PDF with a text layer through pdfplumber: ruled tables (lines strategy), one table carried
across pages, merged cells resolved from the cell boxes, hard line-wraps joined, paragraphs
(a visible gap) kept as list items, italic words marked `_…_`."""

from __future__ import annotations

from pathlib import Path

from .grid import Cell, Table, clean
from .guard import MAX_PAGES, Refused

SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
            "intersection_tolerance": 3}


def _settings(page) -> dict:
    """A table cut by the page may lack its closing rule: the ends of the vertical rules stand in."""
    verticals = [e for e in page.edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 5]
    if not verticals:
        return SETTINGS
    return {**SETTINGS, "explicit_horizontal_lines": [min(e["top"] for e in verticals),
                                                        max(e["bottom"] for e in verticals)]}


def _italic(fontname: str) -> bool:
    name = fontname.lower()
    return "italic" in name or "oblique" in name


def _cell_text(words: list[dict]) -> tuple[str, ...]:
    """Words of one cell → its paragraphs: lines closer than 1.5 lines apart are one paragraph."""
    if not words:
        return ()
    words = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
    lines: list[list[dict]] = []
    for word in words:
        if lines and abs(word["top"] - lines[-1][0]["top"]) <= 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    paragraphs: list[list[dict]] = [[]]
    previous = None
    for line in lines:
        size = max(w.get("size", 10) for w in line)
        if previous is not None and line[0]["top"] - previous > 1.5 * size:
            paragraphs.append([])
        paragraphs[-1].extend(sorted(line, key=lambda w: w["x0"]))
        previous = line[0]["top"]
    out = []
    for words_ in paragraphs:
        text = ""
        italic_open = False
        previous = None
        for word in words_:
            italic = _italic(word.get("fontname", ""))
            glued = previous is not None and abs(word["top"] - previous["top"]) <= 2 \
                and word["x0"] - previous["x1"] < 0.8
            space = "" if previous is None or glued else " "
            if italic and not italic_open:
                text += space + "_"
                space = ""
                italic_open = True
            elif not italic and italic_open:
                text += "_"
                italic_open = False
            text += space + word["text"]
            previous = word
        if italic_open:
            text += "_"
        line = clean(text)
        if line:
            out.append(line)
    return tuple(out)


def _grid(page, table, page_number: int, offset: int) -> list[list[Cell]]:
    boxes = [box for box in table.cells if box]
    xs = sorted({round(b[0], 1) for b in boxes})
    ys = sorted({round(b[1], 1) for b in boxes})
    grid: list[list[Cell | None]] = [[None] * len(xs) for _ in ys]
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["fontname", "size"])
    for x0, top, x1, bottom in boxes:
        r0, c0 = ys.index(round(top, 1)), xs.index(round(x0, 1))
        inside = [w for w in words if x0 - 1 <= (w["x0"] + w["x1"]) / 2 <= x1 + 1
                  and top - 1 <= (w["top"] + w["bottom"]) / 2 <= bottom + 1]
        parts = _cell_text(inside)
        for r, y in enumerate(ys):
            for c, x in enumerate(xs):
                if top - 0.5 <= y < bottom - 0.5 and x0 - 0.5 <= x < x1 - 0.5 and grid[r][c] is None:
                    where = f"halaman {page_number}, baris tabel {r + 1}, kolom {c + 1}"
                    grid[r][c] = Cell(parts, where, (offset + r0, c0))
    return [[cell or Cell((), f"halaman {page_number}, baris tabel {r + 1}, kolom {c + 1}", (offset + r, c))
             for c, cell in enumerate(row)] for r, row in enumerate(grid)]


def _lines(page) -> list[str]:
    text = page.extract_text() or ""
    return [line for line in (clean(part) for part in text.splitlines()) if line]


def read(path: Path) -> list[Table]:
    import pdfplumber

    try:
        pdf = pdfplumber.open(str(path))
    except Exception as error:  # pdfminer raises PDFSyntaxError, PSEOF, PDFPasswordIncorrect …
        raise Refused(f"'{path.name}' tidak dapat dibaca sebagai PDF ({type(error).__name__})",
                      "cetak ulang ke PDF, atau impor naskah Word/Excel aslinya") from None
    try:
        try:
            pages = pdf.pages
        except Exception as error:
            raise Refused(f"'{path.name}' rusak ({type(error).__name__})") from None
        if len(pages) > MAX_PAGES:
            raise Refused(f"'{path.name}' terlalu panjang ({len(pages)} halaman; batas {MAX_PAGES})",
                          "pisahkan lampiran rencana aksi ke berkas tersendiri")
        tables: list[Table] = []
        before: list[str] = []
        below: list[str] = []  # text under the last table seen; kept only if no table follows
        has_text = False
        for number, page in enumerate(pages, 1):
            try:
                found = sorted(page.find_tables(_settings(page)), key=lambda t: t.bbox[1])
                if page.chars:
                    has_text = True
            except Exception as error:
                raise Refused(f"'{path.name}' rusak di halaman {number} ({type(error).__name__})") from None
            if not found:
                (below if tables else before).extend(_lines(page))
                continue
            first, last = found[0], found[-1]
            above = _lines(page.crop((0, 0, page.width, first.bbox[1]))) if first.bbox[1] > 1 else []
            for table in found:
                current = tables[-1] if tables else None
                offset = len(current.rows) if current else 0
                grid = _grid(page, table, number, offset)
                if current is not None and grid and current.rows and len(grid[0]) == len(current.rows[0]):
                    # The same table continued on the next page; running heads above it are dropped.
                    current.page_breaks.add(len(current.rows))
                    current.rows.extend(grid)
                else:
                    if current is not None:
                        current.after = below
                    for r, row in enumerate(grid):  # re-keyed: a table of its own starts at row 0
                        grid[r] = [Cell(c.parts, c.where, (c.key[0] - offset, c.key[1])) for c in row]
                    tables.append(Table(f"halaman {number}", grid, before=before + (below if current else []) + above))
                    before = []
                below = []
            if last.bbox[3] < page.height - 1:
                below = _lines(page.crop((0, last.bbox[3], page.width, page.height)))
        if tables:
            tables[-1].after = below
        if not has_text:
            raise Refused(f"'{path.name}' tidak memuat lapisan teks (hasil pindai gambar)",
                          "impor naskah Word/Excel aslinya, atau ketik ulang tabelnya")
        if not tables:
            tables.append(Table("dokumen", [], before=before))
        return tables
    finally:
        pdf.close()
