"""The decree printed above a plan table (Word): jenis, nomor, tentang, pejabat, Menimbang,
Mengingat, Menetapkan, diktum and the annex title, each kept as printed."""

from __future__ import annotations

import re

from . import numbering
from .note import Note

_DIKTUM = re.compile(r"^(KESATU|KEDUA|KETIGA|KEEMPAT|KELIMA|KEENAM|KETUJUH|KEDELAPAN|KESEMBILAN|KESEPULUH)"
                     r"\s*:\s*(.*)$")
_HEAD = re.compile(r"^(Menimbang|Mengingat)\s*:?\s*(.*)$", re.IGNORECASE)
_DECIDE = re.compile(r"^MEMUTUSKAN\s*:?$", re.IGNORECASE)
_SET = re.compile(r"^Menetapkan\s*:\s*(.*)$", re.IGNORECASE)
_END = re.compile(r"^(Ditetapkan\s+di|LAMPIRAN|RENCANA\s+(AKSI|KERJA))", re.IGNORECASE)
# A plan table's printed title: 'RENCANA AKSI …' or, in some offices, 'RENCANA KERJA …' (upper case).
TITLE = re.compile(r"^RENCANA\s+(AKSI|KERJA)\b")


def is_title(line: str) -> bool:
    return bool(TITLE.match(line.upper())) and line.upper() == line


def _items(lines: list[str]) -> list[dict]:
    items: list[dict] = []
    for line in lines:
        label, rest = numbering.split(line)
        if label or not items:
            items.append({"label": label or "", "isi": rest})
        else:
            items[-1]["isi"] += f" {line}"
    return [i for i in items if i["isi"]]


def parse(lines: list[str], where: str = "di atas tabel") -> tuple[dict | None, list[Note]]:
    """(dokumen or None, problems for the report at ``where``). Only a text with a 'Menimbang' is
    read as a decree."""
    start = next((i for i, line in enumerate(lines) if _HEAD.match(line) and
                  _HEAD.match(line)[1].lower() == "menimbang"), None)
    if start is None:
        return None, []
    head = lines[:start]
    doc: dict = {}
    # Heads wrap as printed: 'KEPUTUSAN KOMISI PEMILIHAN UMUM' / 'KABUPATEN SIGI' / 'NOMOR 12 TAHUN 2026' /
    # 'TENTANG' / the title over several lines / the deciding official ending with a comma.
    at = {key: next((i for i, line in enumerate(head) if line.upper().startswith(word)), None)
          for key, word in (("jenis", "KEPUTUSAN "), ("nomor", "NOMOR "), ("tentang", "TENTANG"))}
    official = next((i for i, line in enumerate(head) if line.endswith(",") and line.upper() == line
                     and (at["tentang"] is None or i > at["tentang"])), len(head))
    if at["jenis"] is not None:
        end = at["nomor"] if at["nomor"] is not None and at["nomor"] > at["jenis"] else at["jenis"] + 1
        doc["jenis"] = " ".join(head[at["jenis"]:end])
    if at["nomor"] is not None:
        doc["nomor"] = head[at["nomor"]]
    if at["tentang"] is not None:
        first = head[at["tentang"]][len("TENTANG"):].strip()
        doc["tentang"] = " ".join(([first] if first else []) + head[at["tentang"] + 1:official])
    if official < len(head):
        doc["pejabat"] = " ".join(head[official:])
    sections: dict[str, list[str]] = {"menimbang": [], "mengingat": []}
    current = None
    diktum: list[dict] = []
    index = start
    for index in range(start, len(lines)):
        line = lines[index]
        if match := _HEAD.match(line):
            current = match[1].lower()
            if match[2]:
                sections[current].append(match[2])
        elif _DECIDE.match(line):
            current = None
        elif match := _SET.match(line):
            doc["menetapkan"] = match[1]
            current = "menetapkan"
        elif match := _DIKTUM.match(line):
            diktum.append({"label": match[1], "isi": match[2]})
            current = "diktum"
        elif _END.match(line):
            break
        elif current in sections:
            sections[current].append(line)
        elif current == "diktum":
            diktum[-1]["isi"] += f" {line}"
        elif current == "menetapkan":
            doc["menetapkan"] += f" {line}"
    doc["menimbang"] = _items(sections["menimbang"])
    doc["mengingat"] = _items(sections["mengingat"])
    if diktum:
        doc["diktum"] = diktum
    annex = next((i for i in range(index, len(lines)) if lines[i].upper().startswith("LAMPIRAN")), None)
    if annex is not None:  # up to the table's own title (the last 'RENCANA AKSI …' line) or lower case
        title = max((i for i in range(annex + 1, len(lines)) if is_title(lines[i])), default=len(lines))
        taken = []
        for line in lines[annex:title]:
            if line.upper() != line or line.startswith(("http", "[")):
                break
            taken.append(line)
        doc["lampiran"] = " ".join(taken)
    missing = [key for key in ("jenis", "nomor", "tentang") if not doc.get(key)]
    if missing:
        return None, [Note(where, f"naskah keputusan di atas tabel terbaca sebagian ({', '.join(missing)} tidak "
                                  "ditemukan); 'dokumen' tidak ditulis", True)]
    return {k: v for k, v in doc.items() if v not in ([], None, "")}, []
