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
        lines += ["", "Kolom tambahan (ditulis di 'kolom' dan 'kolom_lain'; kode: bagian.kelompok.aksi.baris):"]
        for c in extra_columns:
            filled = [p for p in result.extras if p.column.role == c.role]
            levels = ", ".join(f"{sum(p.level == lvl for p in filled)} di {lvl}" for lvl in LEVELS
                               if any(p.level == lvl for p in filled))
            if not filled:
                lines.append(f"  {c.heading or c.role}: kosong di semua baris; tidak ditulis ke 'kolom'")
                continue
            lines.append(f"  {c.heading or c.role} → {c.role}: {len(filled)} sel berisi ({levels})")
            for p in filled:
                code = ".".join(str(i + 1) for i in p.path)
                lines.append(f"    {p.level} {code}: {' | '.join(p.parts)}")
    if unsure:
        lines += ["", f"Perlu diperiksa ({len(unsure)}):"]
        lines += [f"  - {n.where}: {n.message}" for n in unsure]
    counts = result.counts()
    lines += ["", f"Ringkasan: {counts['bagian']} bagian, {counts['kelompok']} kelompok, {counts['aksi']} aksi, "
                  f"{counts['baris']} baris."]
    return "\n".join(lines) + "\n"


def survey_text(data: dict, notes: list, source: str, target: str | None, problems: list[Note]) -> str:
    """The survey import's report: each SKM period read, its IKM as the site will show it, what to check."""
    from ..domain import survey
    from ..text.format import desimal

    lines = [f"Impor {source}" + (f" → {target}" if target else " (hanya diperiksa, tidak ada berkas ditulis)"), ""]
    decided = [n for n in notes if not n.unsure]
    unsure = [n for n in notes if n.unsure]
    lines += ["Yang dibaca:"] + [f"  - {n.where}: {n.message}" for n in decided]
    lines += ["", "IKM (periksa dengan laporan SKM):"]
    for period in data["skm"]:
        if "jawaban" in period:
            nrr = [survey.nrr_from_counts(period["jawaban"][u]) for u in survey.SKM_ELEMENTS]
        else:
            nrr = [survey.exact(period["nrr"][u]) for u in survey.SKM_ELEMENTS]
        try:
            result = survey.ikm_result(nrr)
            lines.append(f"  {period['periode']}: {desimal(result.shown)} (mutu {result.grade.mutu}, {result.grade.kinerja})")
        except ValueError as error:
            lines.append(f"  {period['periode']}: tidak dapat dihitung ({error})")
    unsure = [*unsure, *(p for p in problems if p.unsure)]
    if unsure:
        lines += ["", f"Perlu diperiksa ({len(unsure)}):"]
        lines += [f"  - {n.where}: {n.message}" for n in unsure]
    lines += ["", f"Ringkasan: {len(data['skm'])} periode SKM; 'contoh: false' (data sungguhan kantor)."]
    return "\n".join(lines) + "\n"
