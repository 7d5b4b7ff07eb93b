"""The text printed below a plan table: where and when it was signed, and by whom.

    Salakan, 31 Oktober 2025          Ditetapkan di Sigi
    Ketua Tim Pelaksana,              pada tanggal 21 Januari 2026
    ttd                               KETUA KOMISI PEMILIHAN UMUM KABUPATEN SIGI,
    Nurul Huda                        ttd
                                      SOLEMAN
"""

from __future__ import annotations

import re

from .note import Note

MONTHS = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
          "oktober", "november", "desember")
_MONTH = r"(Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|Nopember|November|Desember)"
_PLACE_DATE = re.compile(rf"^(?P<place>[A-Z][^,]{{1,40}}),\s*(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}})$",
                         re.IGNORECASE)
_SET_AT = re.compile(r"^Ditetapkan\s+di\s*:?\s*(?P<place>.+?),?$", re.IGNORECASE)
_ON_DATE = re.compile(rf"^pada\s+tanggal\s*:?\s*(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}})$",
                      re.IGNORECASE)


def _month(name: str) -> int:
    name = name.lower().replace("nopember", "november").replace("pebruari", "februari")
    return MONTHS.index(name) + 1


def _iso(day: str, month: str, year: str) -> str:
    return f"{int(year):04d}-{_month(month):02d}-{int(day):02d}"


_COPY = re.compile(r"^Salinan\s+sesuai\s+dengan\s+(?:aslinya|naskah\s+aslinya)\.?$", re.IGNORECASE)
_SIGNED = {"ttd", "ttd.", "dto", "dto."}


def _signing(lines: list[str]) -> tuple[dict | None, int]:
    """Place and date ('Salakan, 31 Oktober 2025', or 'Ditetapkan di Sigi' + 'pada tanggal …') and
    the index after them; (None, 0) when the lines hold neither."""
    place = None
    for i, line in enumerate(lines):
        if m := _SET_AT.match(line):
            place = m["place"].strip()
        elif (m := _ON_DATE.match(line)) and place:
            return {"tempat": place, "tanggal": _iso(m["day"], m["month"], m["year"]), "teks": line}, i + 1
        elif m := _PLACE_DATE.match(line):
            return {"tempat": m["place"].strip(), "tanggal": _iso(m["day"], m["month"], m["year"]), "teks": line}, i + 1
    return None, 0


def signatures(lines: list[str], before: list[str] = ()):
    """(pengesahan or None, penandatangan, problems for the report) from the lines under the table. The place
    and date may instead be printed under the decree above it (Sigi: the annex repeats only the
    signatures)."""
    signing, start = _signing(lines)
    if signing is None:
        signing, _ = _signing(list(before))
        start = 0
    signers: list[dict] = []
    block: list[str] = []
    copy = False
    for line in lines[start:]:
        if _COPY.match(line):
            copy = True
            continue
        if _SET_AT.match(line) or _ON_DATE.match(line):
            continue
        block.append(line)
        if not line.endswith(",") and line.lower() not in _SIGNED and any(b.endswith(",") for b in block[:-1]):
            signer = _signer(block, copy)
            if signer:
                signers.append(signer)
            block, copy = [], False
    problems = [] if signers or signing is None else [
        Note("di bawah tabel", "penanda tangan tidak ditemukan; isi 'penandatangan' sendiri", True)]
    return signing, signers, problems


def _signer(block: list[str], copy: bool) -> dict | None:
    """['SEKRETARIAT …', 'Kepala Sub Bagian …,', 'ttd', 'Sasli'] → {jabatan, nama, instansi, keterangan}.

    Upper-case lines before a mixed-case title are the institution; the title runs to the line
    that ends with a comma (a wrapped title is joined)."""
    *head, nama = block
    keterangan = head.pop() if head and head[-1].lower() in _SIGNED else None
    last_comma = max((i for i, line in enumerate(head) if line.endswith(",")), default=None)
    if last_comma is None:
        return None
    head = head[: last_comma + 1]
    first_mixed = next((i for i, line in enumerate(head) if line.upper() != line), None)
    instansi = " ".join(head[:first_mixed]) if first_mixed else None
    jabatan = head[first_mixed:] if first_mixed else head
    out: dict = {"jabatan": " ".join(jabatan), "nama": nama}
    if keterangan:
        out["keterangan"] = keterangan
    if instansi:
        out["instansi"] = instansi
    if copy:
        out["salinan"] = True
    return out


def starts_signing(text: str) -> bool:
    """'Salakan, 31 Oktober 2025', 'Ditetapkan di Sigi' or 'Salinan sesuai dengan aslinya': the
    signing block begins here."""
    return bool(_PLACE_DATE.match(text) or _SET_AT.match(text) or _ON_DATE.match(text) or _COPY.match(text))
