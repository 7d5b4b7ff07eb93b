"""The personal-data detector (``checks/personal.py``): what it finds however it is written, where it
says it is, and the ordinary numbers of plans, realisasi and office texts it must leave alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zisite.checks.personal import STRICT, Published, canonical_phone, find_personal, names_in_text, normalise

NIK, PHONE, EMAIL = "nomor yang tampak seperti NIK (16 angka)", "nomor telepon", "alamat surel"
OFFICE = Published.for_office({
    "email": "kpu.contoh@gmail.com", "email_pengaduan": "Pengaduan.Contoh@yahoo.co.id", "whatsapp": "0812 9999 8888",
    "hotline": "+62 813-1111-2222", "situs_web": "https://www.kpucontoh.id/", "upg": {"email": "upg.contoh@gmail.com"},
})
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")

# (text, what, shown, column of the finding in the text as written: 0-based)
FOUND = [
    ("NIK 7201010101010001", NIK, "7201…", 4),
    ("NIK 7201\u00a00101\u00a00101\u00a00001", NIK, "7201…", 4),               # no-break spaces
    ("NIK 7201\u202f0101\u20090101\u20070001", NIK, "7201…", 4),               # narrow, thin, figure space
    ("NIK 7201  0101  0101  0001", NIK, "7201…", 4),                          # doubled spaces
    ("NIK 7201/0101/0101/0001", NIK, "7201…", 4),
    ("NIK 7201–0101–0101–0001", NIK, "7201…", 4),                             # en dash
    ("NIK 7201—0101—0101—0001", NIK, "7201…", 4),                             # em dash
    ("NIK 7201·0101·0101·0001", NIK, "7201…", 4),                             # middle dot
    ("NIK 7201•0101•0101•0001", NIK, "7201…", 4),
    ("NIK 7201_0101_0101_0001", NIK, "7201…", 4),
    ("NIK 720101-010101-0001", NIK, "7201…", 4),
    ("NIK (7201) 0101 0101 0001", NIK, "7201…", 5),
    ("NIK: " + "7201010101010001".translate(ARABIC_INDIC), NIK, "7201…", 5),
    ("NIK: " + "7201010101010001".translate(FULLWIDTH), NIK, "7201…", 5),
    ("NIK: " + "7201 0101 0101 0001".translate(DEVANAGARI), NIK, "7201…", 5),
    ("NIK 72O1 0l01 O1O1 0001", NIK, "7201…", 4),                             # look-alike letters
    ("pelapor 2 orang, NIK 7201 0101 0101 0001", NIK, "7201…", 21),
    ("sebanyak 3 7201 0101 0101 0001", NIK, "7201…", 11),                     # a count just before
    ("hubungi 081234567890", PHONE, "0812…", 8),
    ("hubungi 0812-3456-7890", PHONE, "0812…", 8),
    ("hubungi 0812 3456 7890", PHONE, "0812…", 8),
    ("hubungi 0812.3456.7890", PHONE, "0812…", 8),
    ("hubungi 0812/3456/7890", PHONE, "0812…", 8),
    ("hubungi 0812\u00a03456\u00a07890", PHONE, "0812…", 8),
    ("hubungi 0812·3456·7890", PHONE, "0812…", 8),
    ("hubungi (0812) 3456-7890", PHONE, "0812…", 9),
    ("hubungi 08l2 345O 789O", PHONE, "0812…", 8),
    ("hubungi " + "081234567890".translate(ARABIC_INDIC), PHONE, "0812…", 8),
    ("hubungi ０８１２－３４５６－７８９０", PHONE, "0812…", 8),
    ("WA +62 812 3456 7890", PHONE, "+6281…", 3),
    ("WA +62-812-3456-7890", PHONE, "+6281…", 3),
    ("WA +6281234567890", PHONE, "+6281…", 3),
    ("WA 6281234567890", PHONE, "6281…", 3),
    ("WA 62 812 3456 7890", PHONE, "6281…", 3),
    ("https://wa.me/6281234567890", PHONE, "6281…", 14),
    ("sebanyak 12 0812 3456 7890", PHONE, "0812…", 12),
    ("Salakan, 31 Oktober 2025 0812 3456 7890", PHONE, "0812…", 25),             # a year just before
    ("pukul 08.15 0812 3456 7890", PHONE, "0812…", 12),                          # a time just before
    ("Tahun 1999 0812 3456 7890", PHONE, "0812…", 11),
    ("NIK 1901 0101 0101 0001", NIK, "1901…", 4),                                # Bangka Belitung: 19xx
    ("NIK 1971 0145 1288 0003", NIK, "1971…", 4),
    ("NIK 72.01.01.01.01.01.00.01", NIK, "7201…", 4),
    ("surel budi@gmail.com", EMAIL, "…@gmail.com", 6),
    ("surel budi.santoso+wbs@yahoo.co.id", EMAIL, "…@yahoo.co.id", 6),
    ("surel budi [at] gmail [dot] com", EMAIL, "…@gmail.com", 6),
    ("surel budi[at]gmail[dot]com", EMAIL, "…@gmail.com", 6),
    ("surel budi (at) gmail (dot) com", EMAIL, "…@gmail.com", 6),
    ("surel budi {at} gmail {dot} com", EMAIL, "…@gmail.com", 6),
    ("surel budi [AT] gmail [DOT] com", EMAIL, "…@gmail.com", 6),
    ("surel budi At gmail Dot com", EMAIL, "…@gmail.com", 6),
    ("surel budi at gmail dot com", EMAIL, "…@gmail.com", 6),
    ("surel budi [at] gmail [titik] com", EMAIL, "…@gmail.com", 6),
    ("surel budi [@] gmail.com", EMAIL, "…@gmail.com", 6),
    ("surel budi @ gmail . com", EMAIL, "…@gmail.com", 6),
    ("surel budi＠gmail．com", EMAIL, "…@gmail.com", 6),                       # full-width @ and dot
    ("[kirim surel](mailto:budi@gmail.com)", EMAIL, "…@gmail.com", 21),
]


@pytest.mark.parametrize("text, what, shown, column", FOUND, ids=[row[0] for row in FOUND])
def test_found_however_it_is_written_and_placed_at_its_first_character(text, what, shown, column):
    for policy in (STRICT, OFFICE):
        found = find_personal(text, policy)
        assert [(f.what, f.shown, f.start) for f in found] == [(what, shown, column)], policy


# Ordinary numbers and addresses of plans, realisasi and office texts: never personal data.
LEFT = [
    "Keputusan KPU Nomor 915 Tahun 2025",
    "Nomor 123/PP.04-Kpt/06/KPU-Kab/II/2026",
    "Nomor 001/PP.01-SD/7210/2026",
    "Nomor 800/1234/7210/2026/08",
    "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 182)",
    "Rp1.254.300.000",
    "Rp 1.254.300.000,00",
    "Rp. 628.000.000.000",
    "IDR 081.234.567",
    "anggaran 1.254.300.000 dan 628.000.000.000",
    "31-12-2026", "31/12/2026", "31.12.2026", "2026-01-21", "2026/01/21",
    "rekap 01-01-2026 - 31-03-2026",
    "01-01-2026 s.d. 31-12-2026",
    "tanggal 05/06/2026 10 pengaduan",
    "tahun 2025-2026",
    "2023 2024 2025 2026", "Renstra 2020/2021/2022/2023", "1999 2000 2001 2002",
    "pukul 08.15 1234 5678", "Tahun 2026 1234 5678 9012",
    "pukul 08.00-16.00 WITA, istirahat 12.00 - 13.00",
    "Senin–Jumat 08:00–16:00",
    "6.2.1.1", "6.2.1.1 6.2.1.2 6.2.1.3", "10.12.3.14", "11.10.10.10 12.11.11.11",
    "12 pengaduan, 9 selesai (75 %)", "capaian 100%", "IKM 88,31",
    "Triwulan I 2026", "Semester I 2026 s.d. Semester II 2026",
    "NIP. 19780101 200501 1 001",
    "NIP 197801012005011001",
    "kode pos 94361",
    "4 (empat) Laporan",
    "Lampiran I Keputusan KPU Kabupaten Sigi Nomor 12 Tahun 2026 tanggal 21 Januari 2026",
    "lapor.go.id",
    "SP4N-LAPOR! di https://www.lapor.go.id",
    "logo@2x.png",
    "@kpusigi di Instagram",
    "https://x.com/kpusigi/status/1745123456789012345",
    "https://www.facebook.com/profile.php?id=100089123456789",
    "rapat at kantor",  # not an address without a domain
]


@pytest.mark.parametrize("text", LEFT)
def test_ordinary_numbers_and_words_are_left_alone(text):
    assert find_personal(text, STRICT) == []
    assert find_personal(text, OFFICE) == []


# What an office publishes on purpose: allowed in its own texts, refused in statistics (counts only).
PUBLISHED = [
    "surel resmi kpu.contoh@gmail.com",
    "surel resmi KPU.Contoh@Gmail.com",
    "pengaduan.contoh [at] yahoo [dot] co [dot] id",
    "UPG: upg.contoh@gmail.com",
    "info@kpucontoh.id",
    "ppid@sub.kpucontoh.id",
    "ppid@sigi.kpu.go.id",
    "pengaduan@kpk.go.id",
    "WhatsApp layanan 0812-9999-8888",
    "WhatsApp layanan +62 812 9999 8888",
    "https://wa.me/6281299998888",
    "hotline 0813 1111 2222",
    "telepon kantor (0451) 421234",
    "telepon 0451-421234",
]


@pytest.mark.parametrize("text", PUBLISHED)
def test_what_the_office_publishes_is_allowed_outside_statistics(text):
    assert find_personal(text, OFFICE) == []
    assert find_personal(text, STRICT) != []


def test_an_office_without_contacts_still_allows_government_addresses_and_landlines():
    policy = Published.for_office(None)
    assert find_personal("ppid@kpu.go.id, (0451) 421234", policy) == []
    assert [f.what for f in find_personal("kpu.contoh@gmail.com, 0812 9999 8888", policy)] == [EMAIL, PHONE]


def test_a_look_alike_domain_is_not_the_office_domain():
    assert [f.shown for f in find_personal("info@kpucontoh.id.example.com, x@notkpucontoh.id", OFFICE)] == [
        "…@kpucontoh.id.example.com", "…@notkpucontoh.id"]


def test_every_finding_of_a_text_in_order():
    text = "Pelapor budi [at] gmail [dot] com, HP 0812 3456 7890, NIK 7201 0101 0101 0001."
    assert [(f.what, f.start) for f in find_personal(text)] == [(EMAIL, 8), (PHONE, 38), (NIK, 58)]


def test_digits_inside_an_address_are_the_address_once():
    assert [f.what for f in find_personal("budi081234567890@gmail.com")] == [EMAIL]
    assert find_personal("kpu081234567890@gmail.com", Published.for_office({"email": "kpu081234567890@gmail.com"})) == []


@pytest.mark.parametrize("written, national", [
    ("+62 812-3456-7890", "081234567890"), ("0812 3456 7890", "081234567890"), ("6281234567890", "081234567890"),
    ("+62 (0) 812 3456 7890", "081234567890"), ("(0451) 421234", "0451421234"), (6281234567890, "081234567890"),
])
def test_phone_numbers_compare_in_national_form(written, national):
    assert canonical_phone(written) == national


def test_normalised_text_keeps_the_original_offsets():
    text = "a ٠٨\u00a0ｂ"
    norm = normalise(text)
    assert norm.text == "a 08 b"
    assert norm.origin == [0, 1, 2, 3, 4, 5]
    expanded = normalise("㎏ 0812")  # NFKC turns one character into two: both point back at it
    assert expanded.text == "kg 0812" and expanded.origin[:3] == [0, 0, 1]


@pytest.mark.parametrize("text, expected", [
    ("2O26", "2026"), ("08l2", "0812"), ("345O 7890", "3450 7890"), ("1OO1", "1001"),
    ("Semester I 2026", "Semester I 2026"), ("Oktober 2026", "Oktober 2026"), ("lO orang", "lO orang"),
])
def test_look_alike_letters_count_as_digits_only_between_digits(text, expected):
    assert normalise(text).text == expected


# --- names ------------------------------------------------------------------------------------

NAMES = [
    ("Laporan Bapak Ahmad sudah selesai", "Bapak A…", 8),
    ("dari ibu Siti Rahma", "ibu S…", 5),
    ("Sdr. Budi", "Sdr. B…", 0),
    ("Sdri.Rina", "Sdri. R…", 0),
    ("Saudara Joko", "Saudara J…", 0),
    ("Saudari Maria", "Saudari M…", 0),
    ("Pak Budi", "Pak B…", 0),
    ("Bu Ani", "Bu A…", 0),
    ("Bpk. Hasan", "Bpk. H…", 0),
    ("Tn. Lim", "Tn. L…", 0),
    ("Ny. Dewi", "Ny. D…", 0),
    ("Rumah Ibu Hj. Siti", "Ibu H…", 6),
]


@pytest.mark.parametrize("text, shown, column", NAMES, ids=[row[0] for row in NAMES])
def test_honorific_before_a_capitalised_word_looks_like_a_name(text, shown, column):
    assert [(f.shown, f.start) for f in names_in_text(text)] == [(shown, column)]


@pytest.mark.parametrize("text", [
    "Bapak/Ibu pelapor", "Bapak Ibu sekalian", "Bapak/Ibu Ahmad", "Ibu Kota Nusantara", "Pak Camat", "Bapak Kepala Desa",
    "Ibu Ketua KPU", "Sdr. Pelapor", "Pak RT", "seorang bapak", "Bapak-bapak", "ibu rumah tangga", "Bupati Sigi",
    "Pembukaan", "Rebusan", "Ibunda",
])
def test_positions_and_generic_forms_of_address_are_not_names(text):
    assert names_in_text(text) == []


# --- properties -------------------------------------------------------------------------------

SEPARATORS = [" ", "\u00a0", "\u202f", "\u2009", "-", "–", "—", ".", "/", "·", "•", "_"]
DIGIT_FORMS = [str.maketrans("", ""), ARABIC_INDIC, FULLWIDTH, DEVANAGARI]
prefixes = (st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz ,:;"), max_size=20).map(lambda s: s + " ")
            .filter(lambda s: not re.search(r"\b(rp|idr)\W*$", s)))  # "Rp 0812 …" is an amount


ROW_CODE_FIRST = re.compile(r"(?:[0-9]{1,2}(?:\.[0-9]{1,2}){2,3}|(?:[01]?[0-9]|2[0-3])\.[0-5][0-9])(?:[ \u00a0\u202f\u2009]|$)")
DATE = re.compile(r"(?<![0-9])(?:[0-3]?[0-9]([-/.])[01]?[0-9]\1(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}([-/.])[01]?[0-9]\2[0-3]?[0-9])"
                  r"(?![0-9])")


def _reads_otherwise(written: str) -> bool:
    """Written so, the digits read as something else first, by design: ``1.1.0 1010…`` as the row
    code 1.1.0 and another number, ``08.10 000000`` as a time and a number, ``… 01.01.1900`` as a date."""
    return ROW_CODE_FIRST.match(written.lstrip("+")) is not None or DATE.search(written) is not None


def _split(digits: str, cuts: list[int], separators: list[str]) -> str:
    """``digits`` with a separator at each cut (positions between digits)."""
    out, last = [], 0
    for cut, separator in zip(sorted(set(cuts)), separators):
        out += [digits[last:cut], separator]
        last = cut
    return "".join(out) + digits[last:]


PROVINCES = [*range(11, 20), 21, *range(31, 37), *range(51, 54), *range(61, 66), *range(71, 77), 81, 82, *range(91, 97)]
niks = st.builds(lambda p, r, d, day, month, y, n: f"{p:02d}{r:02d}{d:02d}{day:02d}{month:02d}{y:02d}{n:04d}",
                 st.sampled_from(PROVINCES), st.integers(1, 79), st.integers(1, 99),
                 st.one_of(st.integers(1, 31), st.integers(41, 71)), st.integers(1, 12), st.integers(0, 99),
                 st.integers(1, 9999))


@settings(max_examples=300, deadline=None)
@given(prefix=prefixes, digits=niks, cuts=st.lists(st.integers(1, 15), max_size=5),
       separators=st.lists(st.sampled_from(SEPARATORS), min_size=5, max_size=5), form=st.sampled_from(DIGIT_FORMS))
def test_any_nik_split_by_single_separators_is_found_at_its_place(prefix, digits, cuts, separators, form):
    written = _split(digits, cuts, separators)
    if _reads_otherwise(written):
        return
    written = written.translate(form)
    found = find_personal(prefix + written + ".")
    assert found and found[0].what == NIK and found[0].start == len(prefix), (prefix + written, found)


@settings(max_examples=300, deadline=None)
@given(prefix=prefixes, digits=st.text("0123456789", min_size=16, max_size=16), separator=st.sampled_from(SEPARATORS),
       form=st.sampled_from(DIGIT_FORMS))
def test_any_16_digits_in_groups_of_four_is_a_nik_unless_it_starts_with_a_year(prefix, digits, separator, form):
    written = separator.join(digits[i:i + 4] for i in range(0, 16, 4)).translate(form)
    found = find_personal(prefix + written + ".")
    if 1900 <= int(digits[:4]) <= 2099 and separator in (" ", "\u00a0", "\u202f", "\u2009"):
        return  # "2026 0812 …": a year, then another number (a NIK of province 19 still is one when it reads as one)
    assert found and found[0].what == NIK and found[0].start == len(prefix), (prefix + written, found)


@settings(max_examples=300, deadline=None)
@given(prefix=prefixes, rest=st.text("0123456789", min_size=7, max_size=10), third=st.sampled_from("123456789"),
       cuts=st.lists(st.integers(1, 9), max_size=3), separators=st.lists(st.sampled_from(SEPARATORS), min_size=3, max_size=3),
       international=st.booleans(), form=st.sampled_from(DIGIT_FORMS))
def test_any_mobile_number_is_found_at_its_place(prefix, rest, third, cuts, separators, international, form):
    digits = ("628" if international else "08") + third + rest
    written = _split(digits, [c for c in cuts if c < len(digits)], separators)
    if _reads_otherwise(written):
        return
    written = ("+" if international else "") + written.translate(form)
    found = find_personal(prefix + written, OFFICE)
    assert found and found[0].what == PHONE and found[0].start == len(prefix), (prefix + written, found)


@settings(max_examples=200, deadline=None)
@given(day=st.integers(1, 31), month=st.integers(1, 12), year=st.integers(1950, 2099), sep=st.sampled_from("-/."),
       day2=st.integers(1, 31), month2=st.integers(1, 12), iso=st.booleans())
def test_dates_and_date_ranges_are_never_personal(day, month, year, sep, day2, month2, iso):
    def date(d, m):
        return f"{year}{sep}{m:02d}{sep}{d:02d}" if iso else f"{d:02d}{sep}{m:02d}{sep}{year}"
    for text in (date(day, month), f"{date(day, month)} - {date(day2, month2)}",
                 f"{date(day, month)} s.d. {date(day2, month2)}", f"tanggal {date(day, month)} {day2} laporan"):
        assert find_personal(text) == [], text


@settings(max_examples=200, deadline=None)
@given(amount=st.integers(1000, 10**15), rupiah=st.booleans(), cents=st.booleans())
def test_amounts_with_thousands_separators_are_never_personal(amount, rupiah, cents):
    text = f"{amount:,}".replace(",", ".") + (",00" if cents else "")
    text = ("Rp" if rupiah else "sebesar ") + text
    assert find_personal(text) == [], text


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.integers(1, 97), min_size=3, max_size=4), count=st.integers(1, 3))
def test_row_codes_are_never_personal(parts, count):
    """Row codes (bagian.kelompok.aksi.baris) and plan numbering (1.2.3), one or several in a text."""
    codes = " ".join(".".join(str(p + i) for p in parts) for i in range(count))
    assert find_personal(f"baris {codes}") == []
