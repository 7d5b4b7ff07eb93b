"""What ``zisite impor`` tells staff: what it decided, what a person must check, and a summary."""

from __future__ import annotations

from .note import Note
from .roles import FIELDS, IGNORE, LEVELS
from .tree import Imported


def text(result: Imported, source: str, target: str | None, problems: list[Note]) -> str:
    """The report; ``problems``: what the plan model refuses (unsure lines after the reader's own)."""
    lines = [f"Impor {source}" + (f" → {target}" if target else " (hanya diperiksa, tidak ada berkas ditulis)"),
             f"Tabel rencana aksi: {result.table}", "", "Kolom:"]
    for c in result.columns:
        if c.role == IGNORE:
            continue
        kind = c.role if c.role in ("nomor", *LEVELS, *FIELDS) else f"kolom tambahan '{c.role}'"
        lines.append(f"  {c.heading or '(tanpa judul)'} → {kind}")
    decided = [n for n in result.notes if not n.unsure]
    unsure = [n for n in (*result.notes, *problems) if n.unsure]
    if decided:
        lines += ["", "Yang diputuskan:"] + [f"  - {n.where}: {n.message}" for n in decided]
    extra_columns = [c for c in result.columns if c.role not in ("nomor", *LEVELS, *FIELDS, IGNORE)]
    if extra_columns:
        lines += ["", "Kolom tambahan (belum dapat ditulis ke YAML; isinya tercantum di sini):"]
        for c in extra_columns:
            filled = [(path, values[c.role]) for path, values in result.extras if c.role in values]
            lines.append(f"  {c.heading or c.role}: {len(filled)} sel berisi")
            for path, value in filled:
                code = ".".join(str(i + 1) for i in path)
                lines.append(f"    baris {code}: {' | '.join(value)}")
    if unsure:
        lines += ["", f"Perlu diperiksa ({len(unsure)}):"]
        lines += [f"  - {n.where}: {n.message}" for n in unsure]
    counts = result.counts()
    lines += ["", f"Ringkasan: {counts['bagian']} bagian, {counts['kelompok']} kelompok, {counts['aksi']} aksi, "
                  f"{counts['baris']} baris."]
    return "\n".join(lines) + "\n"
