"""Abbreviations that KPU plans and pages use, with their long forms (WCAG 3.1.4, issue 17 item 5).

The site's own texts spell out what they abbreviate. An office's plan rows, realisasi and Monev
links keep the office's wording, so a page holding such text gets a short list of the abbreviations
it uses whose long form it does not already give before their first use (:func:`unexplained`),
shown at the top of the page. Only abbreviations with one meaning in ZI and KPU documents are
listed; an unknown or ambiguous one ("SS", "DIM") is left as written rather than guessed. "KPU"
is not listed: it is part of every office's name, and the site's pages say "Komisi Pemilihan Umum"
where they introduce it (a list on every page would only repeat it).
"""

from __future__ import annotations

import re

ABBREVIATIONS: dict[str, str] = {
    "ZI": "Zona Integritas",
    "WBK": "Wilayah Bebas dari Korupsi",
    "WBBM": "Wilayah Birokrasi Bersih dan Melayani",
    "RB": "Reformasi Birokrasi",
    "PANRB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "ASN": "Aparatur Sipil Negara",
    "PNS": "Pegawai Negeri Sipil",
    "SDM": "Sumber Daya Manusia",
    "SOP": "Standar Operasional Prosedur",
    "SK": "Surat Keputusan",
    "SKP": "Sasaran Kinerja Pegawai",
    "IKU": "Indikator Kinerja Utama",
    "SAKIP": "Sistem Akuntabilitas Kinerja Instansi Pemerintah",
    "LKjIP": "Laporan Kinerja Instansi Pemerintah",
    "SPIP": "Sistem Pengendalian Intern Pemerintah",
    "APIP": "Aparat Pengawasan Intern Pemerintah",
    "SPBE": "Sistem Pemerintahan Berbasis Elektronik",
    "PPID": "Pejabat Pengelola Informasi dan Dokumentasi",
    "JDIH": "Jaringan Dokumentasi dan Informasi Hukum",
    "LHKPN": "Laporan Harta Kekayaan Penyelenggara Negara",
    "LHKASN": "Laporan Harta Kekayaan Aparatur Sipil Negara",
    "SPT": "Surat Pemberitahuan Tahunan",
    "DUMAS": "Pengaduan Masyarakat",
    "WBS": "Whistleblowing System",
    "UPG": "Unit Pengendalian Gratifikasi",
    "IKM": "Indeks Kepuasan Masyarakat",
    "SKM": "Survei Kepuasan Masyarakat",
    "SPAK": "Survei Persepsi Anti Korupsi",
    "SP4N-LAPOR!": "Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional",
    "Monev": "monitoring dan evaluasi",
}

_WORD = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
                   + r")(?![\w-])")


def unexplained(text: str) -> list[tuple[str, str]]:
    """(abbreviation, long form) for each abbreviation in ``text`` whose long form does not appear
    before its first use (case-insensitive), in order of first use."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    lowered = text.lower()
    for match in _WORD.finditer(text):
        short = match.group(1)
        if short in seen:
            continue
        seen.add(short)
        if ABBREVIATIONS[short].lower() not in lowered[:match.start()]:
            found.append((short, ABBREVIATIONS[short]))
    return found
