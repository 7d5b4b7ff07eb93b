"""The text printed below a plan table: where and when it was signed, and by whom.

    Salakan, 31 Oktober 2025          Ditetapkan di Sigi
    Ketua Tim Pelaksana,              pada tanggal 21 Januari 2026
    ttd                               KETUA KOMISI PEMILIHAN UMUM KABUPATEN SIGI,
    Nurul Huda                        ttd
                                      SOLEMAN
"""

from __future__ import annotations

import re

MONTHS = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
          "oktober", "november", "desember")
_MONTH = r"(Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|Nopember|November|Desember)"
DATE_LINE = re.compile(rf"(?:^|,\s*|tanggal\s+)(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})\s*$", re.IGNORECASE)
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


def signatures(lines: list[str], tahun: int):
    """(pengesahan or None, penandatangan list, notes) from the lines under the table."""
    from .tree import Note

    signing = None
    signers: list[dict] = []
    notes: list = []
    i = 0
    place = None
    while i < len(lines):
        line = lines[i]
        if m := _SET_AT.match(line):
            place = m["place"].strip()
        elif (m := _ON_DATE.match(line)) and place:
            signing = {"tempat": place, "tanggal": _iso(m["day"], m["month"], m["year"]), "teks": line}
            i += 1
            break
        elif m := _PLACE_DATE.match(line):
            signing = {"tempat": m["place"].strip(), "tanggal": _iso(m["day"], m["month"], m["year"]), "teks": line}
            i += 1
            break
        i += 1
    if signing is None:
        return None, [], notes
    rest = lines[i:]
    block: list[str] = []
    for line in rest + [""]:
        if line:
            block.append(line)
            if not line.endswith(",") and line.lower() not in {"ttd", "ttd.", "dto"} and any(
                    b.endswith(",") for b in block[:-1]):
                signer = _signer(block)
                if signer:
                    signers.append(signer)
                block = []
    if not signers:
        notes.append(Note("di bawah tabel", "penanda tangan tidak ditemukan; isi 'penandatangan' sendiri", True))
    return signing, signers, notes


def _signer(block: list[str]) -> dict | None:
    """['Ketua Tim Pelaksana,', 'ttd', 'Nurul Huda'] → {jabatan, keterangan, nama}."""
    *head, nama = block
    keterangan = None
    if head and head[-1].lower() in {"ttd", "ttd.", "dto"}:
        keterangan = head.pop()
    instansi = head.pop(0) if len(head) > 1 and not head[0].endswith(",") else None
    if not head:
        return None
    out = {"jabatan": " ".join(head), "nama": nama}
    if instansi:
        out["instansi"] = instansi
    if keterangan:
        out["keterangan"] = keterangan
    return out


def starts_signing(text: str) -> bool:
    """'Salakan, 31 Oktober 2025' or 'Ditetapkan di Sigi': the signing block begins here."""
    return bool(_PLACE_DATE.match(text) or _SET_AT.match(text) or _ON_DATE.match(text))
