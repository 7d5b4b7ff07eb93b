"""Indonesia's three time zones, and which one an office keeps (from ``zona_waktu`` or its province).

Release names carry the office's own clock time, so staff read the hour they deployed. The province
table is the one fact here: UU/Keppres 41/1987 sets the zones by province; the provinces made since
(Kalimantan Utara, Papua Barat Daya, Papua Selatan, Papua Tengah, Papua Pegunungan) keep the zone of
the province they came from. A province not in the table gives WIB, where most offices are.
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone

ZONES: dict[str, timezone] = {
    "WIB": timezone(timedelta(hours=7), "WIB"),
    "WITA": timezone(timedelta(hours=8), "WITA"),
    "WIT": timezone(timedelta(hours=9), "WIT"),
}
DEFAULT_ZONE = "WIB"

_PROVINCES = {
    "WIB": ("Aceh", "Nanggroe Aceh Darussalam", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau",
            "Jambi", "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bangka Belitung", "Bengkulu", "Lampung",
            "DKI Jakarta", "Daerah Khusus Ibukota Jakarta", "Daerah Khusus Jakarta", "Jakarta", "Banten",
            "Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "D.I. Yogyakarta", "Daerah Istimewa Yogyakarta", "Yogyakarta",
            "D.K.I. Jakarta",
            "Jawa Timur", "Kalimantan Barat", "Kalimantan Tengah",
            "Sumut", "Sumbar", "Kepri", "Sumsel", "Babel", "DKI", "Jabar", "Jateng", "DIY", "Jatim",
            "Kalbar", "Kalteng"),
    "WITA": ("Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Selatan", "Kalimantan Timur",
             "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat",
             "Sulawesi Selatan", "Sulawesi Tenggara",
             "NTB", "NTT", "Kalsel", "Kaltim", "Kaltara", "Sulut", "Sulteng", "Sulbar", "Sulsel", "Sultra"),
    "WIT": ("Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan",
            "Papua Tengah", "Papua Pegunungan", "Malut"),
}


def _key(province: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", province.lower()).split()
    if words[:1] == ["provinsi"]:
        words = words[1:]
    return " ".join(words)


PROVINCE_ZONES: dict[str, str] = {_key(p): zone for zone, names in _PROVINCES.items() for p in names}


def zone_of_province(province: str | None) -> str | None:
    """``'Sulawesi Tengah'`` → ``'WITA'``; None for a province the table does not know."""
    return PROVINCE_ZONES.get(_key(province)) if province else None


def office_zone(zona_waktu: str | None, province: str | None) -> str:
    """The zone an office keeps: its own ``zona_waktu``, else its province's, else WIB."""
    return zona_waktu or zone_of_province(province) or DEFAULT_ZONE
