"""The one shape every reader produces: tables of cells, each with its source location.

A merged range is one value: every cell it covers carries the same ``key`` (its top-left
position), so the tree builder knows a vertically merged kegiatan spans several rows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def clean(text: str) -> str:
    """Whitespace normalised: runs of spaces (also no-break and tabs) become one, edges trimmed."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return _SPACE.sub(" ", text).strip()


def paragraphs(text: str) -> tuple[str, ...]:
    """A cell's text split at hard line breaks, each part cleaned, empty parts dropped."""
    parts = (clean(part) for part in re.split(r"\r\n|\r|\n|\u2028|\u2029|\v", text or ""))
    return tuple(part for part in parts if part)


@dataclass(frozen=True)
class Cell:
    """One grid position. ``parts``: its paragraphs (several: a list in the cell)."""

    parts: tuple[str, ...]
    where: str
    key: tuple[int, int]  # the merged range's top-left (row, column), or this cell's own

    @property
    def text(self) -> str:
        return " ".join(self.parts)

    @property
    def empty(self) -> bool:
        return not self.parts


@dataclass
class Table:
    """A grid of cells (every row as wide as the widest), with the text printed around it."""

    name: str  # 'tabel 1', 'Lembar1', 'halaman 2'
    rows: list[list[Cell]]
    before: list[str] = field(default_factory=list)  # paragraphs above the table (title, decree)
    after: list[str] = field(default_factory=list)   # paragraphs below it (signatures)
    page_breaks: set[int] = field(default_factory=set)  # row indices that begin a new page (PDF)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (where, what) the reader decided


def square(rows: list[list[Cell]], where) -> list[list[Cell]]:
    """Pad short rows with empty cells so every row has the same number of columns."""
    width = max((len(row) for row in rows), default=0)
    out = []
    for r, row in enumerate(rows):
        out.append(row + [Cell((), where(r, c), (r, c)) for c in range(len(row), width)])
    return out


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA (spreadsheet column names)."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name
