"""Word .docx through python-docx: every table (gridSpan and vMerge resolved), each paragraph
of a cell one part (a list item stays an item), italic runs written `_…_`, and the paragraphs
around each table (title, decree text, signatures)."""

from __future__ import annotations

from pathlib import Path

from .grid import Cell, Table, clean, square
from .guard import Refused

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


_WRAPPERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag"}


def children(element, *tags: str):
    """Direct children with one of ``tags``, looking through content controls and custom XML
    (Word wraps rows, cells and whole paragraphs in them, e.g. in templates)."""
    for child in element:
        if child.tag in tags:
            yield child
        elif child.tag in _WRAPPERS:
            yield from children(child, *tags)


def _is_italic(run) -> bool:
    props = run.find(f"{W}rPr")
    if props is None:
        return False
    node = props.find(f"{W}i")
    return node is not None and node.get(f"{W}val", "true") not in {"0", "false"}


def paragraph_text(p, numbers=None) -> list[str]:
    """A <w:p>'s text, split at <w:br/>; italic runs marked `_…_` (how plans mark foreign terms);
    an automatic list number ('1.', 'a)') written before it, as Word prints it."""
    lines: list[list[tuple[str, bool]]] = [[]]
    label = numbers.label(p) if numbers is not None else None
    if label:
        lines[-1].append((label + " ", False))
    for run in p.iter(f"{W}r"):
        italic = _is_italic(run)
        for node in run:
            if node.tag == f"{W}t":
                lines[-1].append((node.text or "", italic))
            elif node.tag == f"{W}tab":
                lines[-1].append((" ", False))
            elif node.tag in {f"{W}br", f"{W}cr"}:
                lines.append([])
    out = []
    for pieces in lines:
        merged: list[list] = []
        for text, italic in pieces:
            if merged and merged[-1][1] == italic:
                merged[-1][0] += text
            else:
                merged.append([text, italic])
        text = ""
        for piece, italic in merged:
            if italic and piece.strip():
                core = piece.strip()
                lead = piece[: len(piece) - len(piece.lstrip())]
                trail = piece[len(piece.rstrip()):]
                text += f"{lead}_{core}_{trail}"
            else:
                text += piece
        line = clean(text)
        if line:
            out.append(line)
    return out


def _cell_parts(tc, numbers) -> tuple[str, ...]:
    parts: list[str] = []
    for p in tc.iter(f"{W}p"):
        parts.extend(paragraph_text(p, numbers))
    return tuple(parts)


def _table(tbl, number: int, numbers) -> list[list[Cell]]:
    def where(r: int, c: int) -> str:
        return f"tabel {number}, baris {r + 1}, kolom {c + 1}"

    rows: list[list[Cell]] = []
    for r, tr in enumerate(children(tbl, f"{W}tr")):
        row: list[Cell] = []
        props = tr.find(f"{W}trPr")
        before = props.find(f"{W}gridBefore") if props is not None else None
        for _ in range(int(before.get(f"{W}val", "0")) if before is not None else 0):
            row.append(Cell((), where(r, len(row)), (r, len(row))))
        for tc in children(tr, f"{W}tc"):
            tcpr = tc.find(f"{W}tcPr")
            span, vmerge = 1, None
            if tcpr is not None:
                node = tcpr.find(f"{W}gridSpan")
                if node is not None:
                    span = max(1, int(node.get(f"{W}val", "1")))
                node = tcpr.find(f"{W}vMerge")
                if node is not None:
                    vmerge = node.get(f"{W}val", "continue")
            c = len(row)
            if vmerge == "continue" and rows and c < len(rows[-1]):
                above = rows[-1][c]
                cells = [Cell(above.parts, where(r, c + i), above.key) for i in range(span)]
            else:
                parts = _cell_parts(tc, numbers)
                cells = [Cell(parts, where(r, c + i), (r, c)) for i in range(span)]
            row.extend(cells)
        rows.append(row)
    return square(rows, where)


def read(path: Path) -> list[Table]:
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises KeyError, ValueError, lxml errors …
        raise Refused(f"'{path.name}' tidak dapat dibaca sebagai dokumen Word ({type(error).__name__})",
                      "buka di Word lalu simpan ulang sebagai .docx") from None
    from .docx_numbering import Numbering

    numbers = Numbering(document)
    tables: list[Table] = []
    pending: list[str] = []
    for child in children(document.element.body, f"{W}p", f"{W}tbl"):
        if child.tag == f"{W}p":
            pending.extend(paragraph_text(child, numbers))
        elif child.tag == f"{W}tbl":
            if tables:
                tables[-1].after = list(pending)
            table = Table(f"tabel {len(tables) + 1}", _table(child, len(tables) + 1, numbers),
                          before=list(pending))
            tables.append(table)
            pending = []
    if tables:
        tables[-1].after = pending
    else:
        tables.append(Table("dokumen", [], before=pending))
    return tables
