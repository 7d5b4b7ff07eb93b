"""Diagnostics: one message per problem, in the compiler style editors understand.

``file:line:col: galat: pesan`` — Indonesian, because the readers are office staff.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "galat"
    WARNING = "peringatan"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem found in one file, at one place."""

    file: str
    line: int
    column: int
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    where: str | None = field(default=None, compare=False)
    hint: str | None = field(default=None, compare=False)
    code: str = field(default="", compare=False)

    def format(self) -> str:
        text = f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"
        if self.where:
            text += f" (di {self.where})"
        if self.hint:
            text += f"\n    petunjuk: {self.hint}"
        return text

    def as_json(self) -> dict:
        return {
            "berkas": self.file,
            "baris": self.line,
            "kolom": self.column,
            "tingkat": str(self.severity),
            "kode": self.code,
            "pesan": self.message,
            "lokasi": self.where,
            "petunjuk": self.hint,
        }


def human_path(loc: tuple) -> str:
    """``('bagian', 1, 'kelompok', 0)`` → ``bagian 2 › kelompok 1`` (items counted from 1)."""
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            if parts:
                parts[-1] += f" {part + 1}"
            else:
                parts.append(f"butir {part + 1}")
        else:
            parts.append(str(part))
    return " › ".join(parts)


def sort_diagnostics(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Sorted by file, line and column, each exact duplicate once."""
    seen: set[tuple] = set()
    out: list[Diagnostic] = []
    for d in sorted(diagnostics, key=lambda d: (d.file, d.line, d.column, d.severity != Severity.ERROR, d.message)):
        key = (d.file, d.line, d.column, d.severity, d.message, d.where)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)
