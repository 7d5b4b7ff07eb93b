"""Figures as staff write them in Indonesian reports, read by ``domain.numbers.read_figure``: each
form with its value, whether it is approximate, or the reason it is refused (issue 15, item 4)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from zisite.domain.numbers import NumberError, read_figure, vague_word

READ = [
    # written, whole?, value, approximate
    ("12", True, 12, False),
    ("1.500", True, 1500, False),
    ("1.254.300.000", True, 1254300000, False),
    ("1.254.300.000,00", True, 1254300000, False),
    ("Rp 1.250.000,-", True, 1250000, False),
    ("Rp1.250.000", True, 1250000, False),
    ("Rp. 750.000", True, 750000, False),
    ("Rp1,5 miliar", True, 1500000000, False),
    ("Rp1,5 milyar", True, 1500000000, False),
    ("Rp 250 juta", True, 250000000, False),
    ("rp 2,75 juta", True, 2750000, False),
    ("Rp 3 jt", True, 3000000, False),
    ("Rp 500 ribu", True, 500000, False),
    ("Rp 500 rb", True, 500000, False),
    ("1,2 triliun", True, 1200000000000, False),
    ("250 juta rupiah", True, 250000000, False),
    ("sekitar 40", True, 40, True),
    ("Sekitar 1.200", True, 1200, True),
    ("± 40", True, 40, True),
    ("±40", True, 40, True),
    ("+/- 15", True, 15, True),
    ("kurang lebih 25", True, 25, True),
    ("lebih kurang 25", True, 25, True),
    ("kira-kira 30", True, 30, True),
    ("sekitar Rp 250 juta", True, 250000000, True),
    ("2,5", False, Fraction(5, 2), False),
    ("3,25", False, Fraction(13, 4), False),
    ("1.254,5", False, Fraction(2509, 2), False),
]


@pytest.mark.parametrize("written, whole, value, approx", READ, ids=[r[0] for r in READ])
def test_figure_is_read_with_its_written_form(written, whole, value, approx):
    reading = read_figure(written, whole=whole)
    assert reading.value == value
    assert reading.approx is approx
    assert reading.written == written


REFUSED = [
    # written, whole?, code, words the message must hold
    ("puluhan", True, "yaml_number_vague", "bukan angka"),
    ("sekitar puluhan", True, "yaml_number_vague", "bukan angka"),
    ("Belasan", True, "yaml_number_vague", "bukan angka"),
    ("ratusan", True, "yaml_number_vague", "bukan angka"),
    ("1,500", True, "yaml_number_ambiguous", "1.500 (ribuan) atau 1,5 (pecahan)"),
    ("3,250", False, "yaml_number_ambiguous", "3.250 (ribuan) atau 3,25 (pecahan)"),
    ("2,5", True, "yaml_decimal_count", "bilangan bulat"),
    ("Rp 1,5", True, "yaml_decimal_count", "bilangan bulat"),
    ("12 laporan", True, "yaml_number_unknown", "tidak terbaca"),
    ("dua belas", True, "yaml_number_unknown", "tidak terbaca"),
    ("2.5", False, "yaml_number_unknown", "titik desimal"),
    ("", True, "yaml_number_unknown", "tidak terbaca"),
    ("1.50.000", True, "yaml_number_unknown", "tidak terbaca"),
]


@pytest.mark.parametrize("written, whole, code, words", REFUSED, ids=[r[0] or "kosong" for r in REFUSED])
def test_figure_the_site_would_have_to_guess_is_refused(written, whole, code, words):
    with pytest.raises(NumberError) as caught:
        read_figure(written, whole=whole)
    assert caught.value.code == code
    assert words in caught.value.message
    assert caught.value.hint


def test_a_vague_word_refused_as_a_figure_says_where_it_is_accepted():
    with pytest.raises(NumberError) as caught:
        read_figure("puluhan")
    assert "kata 'puluhan' hanya diterima pada jumlah laporan dan pengaduan" in caught.value.hint
    assert vague_word("sekitar Puluhan") == "puluhan" and vague_word("40") is None


# --- in a statistics file -------------------------------------------------------------------

from helpers import run_main  # noqa: E402

from zisite.models.stats import ComplaintStats, GratuityStats, is_approx, is_vague  # noqa: E402


def test_a_count_written_another_way_counts_as_its_value_and_keeps_its_form():
    stats = GratuityStats.model_validate({"contoh": False, "tahun": 2026, "periode": [
        {"periode": "Triwulan I", "penerimaan": "sekitar 4", "penolakan": 1, "nilai_rupiah": "Rp1,5 miliar"}]})
    period = stats.periode[0]
    assert period.penerimaan + period.penolakan == 5 and is_approx(period.penerimaan)
    assert period.nilai_rupiah == 1500000000 and period.nilai_rupiah.written == "Rp1,5 miliar"
    assert not is_approx(period.nilai_rupiah) and not is_approx(period.penolakan)


def test_a_word_alone_is_kept_as_written_for_report_counts_and_refused_where_it_would_be_summed():
    stats = ComplaintStats.model_validate({"contoh": False, "tahun": 2026, "periode": [
        {"periode": "Triwulan I", "diterima": "puluhan", "hasil": {"Disidangkan": "sekitar belasan"}}]})
    period = stats.periode[0]
    assert is_vague(period.diterima) and period.diterima.written == "puluhan" and bool(period.diterima)
    assert is_vague(period.hasil["Disidangkan"]) and is_approx(period.hasil["Disidangkan"])
    with pytest.raises(TypeError):
        period.diterima + 1  # never counted as a number by mistake
    with pytest.raises(ValueError, match="yaml_number_vague"):
        ComplaintStats.model_validate({"contoh": False, "tahun": 2026, "periode": [
            {"periode": "Triwulan I", "diterima": 3, "saluran": {"lapor": "puluhan"}}]})


def test_a_quoted_plain_number_in_a_count_stays_refused():
    with pytest.raises(ValueError, match="bilangan bulat|integer"):
        ComplaintStats.model_validate({"contoh": False, "tahun": 2026, "periode": [
            {"periode": "Triwulan I", "diterima": "12"}]})


def _survey(make_project, body: str):
    root = make_project({"content/offices/contoh/statistik/survei/2026.yaml":
                         "contoh: false\ntahun: 2026\nskm:\n  - periode: Semester I\n    responden: 10\n" + body})
    return run_main("check", str(root))


NINE = "    nrr: {u1: 3.2, u2: 3.5, u3: 3, u4: 3, u5: 3, u6: 3, u7: 3, u8: 3, u9: 3}\n"


def test_a_published_ikm_that_differs_without_a_reason_is_a_warning(make_project):
    result = _survey(make_project, NINE + "    ikm_terbit: 80\n")
    assert result.code == 0, result.out
    assert ("peringatan: IKM terbit 80,00 berbeda dari hasil hitungan 76,94 dan 'alasan_selisih' belum diisi"
            in result.out)
    assert "0 galat, 0 peringatan" in _survey(make_project, NINE + "    ikm_terbit: 80\n    alasan_selisih: Bobot 0,11.\n").out
    assert "0 galat, 0 peringatan" in _survey(make_project, NINE + "    ikm_terbit: 76,94\n").out


def test_a_subset_of_elements_passes_with_a_published_ikm(make_project):
    result = _survey(make_project, "    nrr: {u1: 3.2, u2: 3.5, u3: 3}\n    ikm_terbit: 80,83\n")
    assert result.code == 0, result.out
    assert "0 galat, 0 peringatan" in result.out
    result = _survey(make_project, "    nrr: {}\n    ikm_terbit: 80\n")
    assert result.code == 1 and "'nrr' harus berisi minimal satu unsur (u1 … u9)" in result.out
