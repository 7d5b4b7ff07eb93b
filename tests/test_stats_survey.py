"""SKM/IKM and SPAK/IPAK arithmetic: worked examples, exact 1/9, and every grade edge.

Worked examples are done by hand in the comments, so a reader can check the expected numbers
without running anything.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

import pytest

from zisite.domain.survey import (GRADES, exact, exact_decimal, grade, ikm, ikm_from_counts, ikm_result, ipak, ipak_result,
                                  nrr_from_counts, round_half_up)


def nine(*values):
    """Nine NRRs: the values given, then 3.5 for the remaining elements."""
    return list(values) + [3.5] * (9 - len(values))


# --- NRR from answer counts -----------------------------------------------------------------

@pytest.mark.parametrize("counts, expected", [
    ([0, 0, 0, 10], Fraction(4)),
    ([10, 0, 0, 0], Fraction(1)),
    ([0, 0, 5, 5], Fraction(7, 2)),             # (3×5 + 4×5) / 10 = 3.5
    ([0, 3, 30, 27], Fraction(17, 5)),          # (2×3 + 3×30 + 4×27) / 60 = 204/60 = 3.4
    ([1, 6, 31, 22], Fraction(194, 60)),        # (1 + 12 + 93 + 88) / 60 = 3.2333…
    ([2, 0, 0, 1], Fraction(2)),                # (1×2 + 4×1) / 3 = 2
])
def test_nrr_from_counts(counts, expected):
    assert nrr_from_counts(counts) == expected


@pytest.mark.parametrize("counts, message", [
    ([0, 0, 0, 0], "unsur ini tidak punya jawaban"),
    ([0, 0, 5], "butuh 4 jumlah jawaban (untuk nilai 1–4), bukan 3"),
    ([0, -1, 5, 5], "jumlah jawaban tidak boleh negatif"),
])
def test_nrr_from_counts_refuses(counts, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        nrr_from_counts(counts)


# --- IKM: worked examples -------------------------------------------------------------------

def test_ikm_all_threes():
    # Σ NRR = 27; 27 × 1/9 = 3; 3 × 25 = 75.00 → C, Kurang Baik.
    result = ikm_result([3] * 9)
    assert result.value == 75
    assert result.shown == Decimal("75.00")
    assert (result.grade.mutu, result.grade.kinerja) == ("C", "Kurang Baik")


def test_ikm_from_element_averages():
    # Σ NRR = 3.40 + 3.35 + 3.28 + 3.92 + 3.30 + 3.25 + 3.45 + 3.10 + 3.05 = 30.10
    # IKM = 30.10 × 1/9 × 25 = 752.5 / 9 = 83.6111… → 83.61, B (Baik).
    result = ikm_result([3.40, 3.35, 3.28, 3.92, 3.30, 3.25, 3.45, 3.10, 3.05])
    assert result.value == Fraction(7525, 90)
    assert result.shown == Decimal("83.61")
    assert (result.grade.mutu, result.grade.kinerja) == ("B", "Baik")
    assert result.nrr_shown[3] == Decimal("3.92")


def test_ikm_from_answer_counts():
    # The example office's Semester II 2025 (60 respondents). Points per element
    # (1×n1 + 2×n2 + 3×n3 + 4×n4): 204, 200, 197, 234, 199, 200, 208, 194, 190; Σ = 1826.
    # Σ NRR = 1826/60; IKM = 1826/60 × 1/9 × 25 = 45650/540 = 84.537… → 84.54, B.
    counts = [[0, 3, 30, 27], [0, 4, 32, 24], [1, 5, 30, 24], [0, 0, 6, 54], [0, 4, 33, 23],
              [0, 3, 34, 23], [0, 2, 28, 30], [1, 6, 31, 22], [2, 7, 30, 21]]
    result = ikm_from_counts(counts)
    assert result.value == Fraction(45650, 540)
    assert result.shown == Decimal("84.54")
    assert result.grade.mutu == "B"


def test_exact_ninth_not_0_111():
    # Σ NRR = 8 × 3.50 + 3.80 = 31.80. Exact: 31.80 × 1/9 × 25 = 88.333… → 88.33, A (Sangat Baik).
    # With the weight rounded to 0.111: 31.80 × 0.111 × 25 = 88.245 → 88.25, B: the grade changes.
    # With 0.11: 87.45, B.
    nrrs = nine(3.80)
    assert ikm(nrrs) == Fraction(265, 3)
    assert ikm_result(nrrs).grade.mutu == "A"
    assert grade(exact("31.80") * exact("0.111") * 25).mutu == "B"
    assert grade(exact("31.80") * exact("0.11") * 25).mutu == "B"


def test_ikm_extremes():
    assert ikm_result([1] * 9).shown == Decimal("25.00")
    assert ikm_result([1] * 9).grade.mutu == "D"
    assert ikm_result([4] * 9).shown == Decimal("100.00")
    assert ikm_result([4] * 9).grade.mutu == "A"


def test_ikm_of_the_elements_published_weighs_each_one_over_n():
    """An office that publishes eight elements computed its IKM with 1/8 each, not 1/9 with a zero."""
    nrrs = [Fraction(13, 4)] * 7 + [Fraction(3), Fraction(7, 2)]
    assert ikm(nrrs[:8]) == (Fraction(13, 4) * 7 + 3) / 8 * 25
    result = ikm_result(nrrs[:8], [f"u{i}" for i in range(1, 9)])
    assert result.shown == Decimal("80.47") and not result.complete
    assert result.nrr_of("u8") == 3 and result.nrr_of("u9") is None


def test_open_data_decimals_keep_every_digit_that_terminates():
    assert exact_decimal(Fraction(137, 40)) == "3.425"
    assert exact_decimal(Fraction(13, 4)) == "3.25"
    assert exact_decimal(Fraction(3)) == "3"
    assert exact_decimal(Fraction(10, 3)) == "3.333333333333"


@pytest.mark.parametrize("nrrs, message", [
    ([3] * 10, "IKM butuh NRR 1–9 unsur, bukan 10"),
    ([], "IKM butuh NRR 1–9 unsur, bukan 0"),
    ([3] * 8 + [4.01], "NRR harus di antara 1 dan 4"),
    ([3] * 8 + [0.99], "NRR harus di antara 1 dan 4"),
])
def test_ikm_refuses(nrrs, message):
    with pytest.raises(ValueError, match=message):
        ikm(nrrs)


# --- grade edges ----------------------------------------------------------------------------

@pytest.mark.parametrize("value, mutu, kinerja", [
    ("100", "A", "Sangat Baik"),
    ("100.004", "A", "Sangat Baik"),     # shown 100.00
    ("88.31", "A", "Sangat Baik"),
    ("88.305", "A", "Sangat Baik"),      # shown 88.31 (half up): graded as shown
    ("88.30499", "B", "Baik"),           # shown 88.30
    ("88.30", "B", "Baik"),
    ("76.61", "B", "Baik"),
    ("76.605", "B", "Baik"),             # shown 76.61
    ("76.60", "C", "Kurang Baik"),
    ("65.00", "C", "Kurang Baik"),
    ("64.995", "C", "Kurang Baik"),      # shown 65.00
    ("64.99", "D", "Tidak Baik"),
    ("25.00", "D", "Tidak Baik"),
    ("24.995", "D", "Tidak Baik"),       # shown 25.00
])
def test_grade_edges(value, mutu, kinerja):
    found = grade(Decimal(value))
    assert (found.mutu, found.kinerja) == (mutu, kinerja)


@pytest.mark.parametrize("value", ["24.994", "24.99", "0", "100.005", "100.01"])
def test_grade_outside_25_to_100_is_refused(value):
    # NRRs on the 1–4 scale always give 25–100; anything else is a bug upstream, not a grade.
    with pytest.raises(ValueError, match="di luar rentang 25,00–100,00"):
        grade(Decimal(value))


@pytest.mark.parametrize("last, shown, mutu", [
    # Σ NRR = 28 + last; IKM = Σ × 25/9. Each 'last' puts the IKM exactly on an edge.
    ("3.7916", "88.31", "A"),   # 31.7916 × 25/9 = 88.31
    ("3.7898", "88.31", "A"),   # 31.7898 × 25/9 = 88.305 → 88.31 (half up)
    ("3.788", "88.30", "B"),    # 31.788 × 25/9 = 88.30
])
def test_grade_edges_reached_from_nrrs(last, shown, mutu):
    result = ikm_result(nine(float(last)))
    assert result.shown == Decimal(shown)
    assert result.grade.mutu == mutu


@pytest.mark.parametrize("total, shown, mutu", [
    ("27.5796", "76.61", "B"),
    ("27.5778", "76.61", "B"),  # 76.605 → 76.61
    ("27.576", "76.60", "C"),
    ("23.4", "65.00", "C"),
    ("23.3982", "65.00", "C"),  # 64.995 → 65.00
    ("23.3964", "64.99", "D"),
])
def test_lower_grade_edges_reached_from_nrrs(total, shown, mutu):
    # Nine equal NRRs of total/9 are not finite decimals; spread the total as 8 × base + rest.
    base = Decimal(3) if Decimal(total) > 27 else Decimal("2.5")
    rest = Decimal(total) - 8 * base
    result = ikm_result([float(base)] * 8 + [float(rest)])
    assert result.shown == Decimal(shown)
    assert result.grade.mutu == mutu


def test_grade_table_has_no_gap_at_two_decimals():
    edges = sorted(GRADES, key=lambda g: g.lower)
    for lower, upper in zip(edges, edges[1:]):
        assert upper.lower - lower.upper == Decimal("0.01")
    assert edges[0].lower == Decimal("25.00") and edges[-1].upper == Decimal("100.00")


@pytest.mark.parametrize("value, places, expected", [
    (2.675, 2, "2.68"),                 # the binary float is 2.67499…; the written decimal is 2.675
    (Fraction(1, 3), 2, "0.33"),
    (Fraction(2, 3), 2, "0.67"),
    (Fraction(1, 200), 2, "0.01"),
    (Fraction(-1, 200), 2, "-0.01"),
    ("83.6111", 2, "83.61"),
    (3, 2, "3.00"),
])
def test_round_half_up(value, places, expected):
    assert round_half_up(value, places) == Decimal(expected)
    assert str(round_half_up(value, places)) == expected


# --- IPAK -----------------------------------------------------------------------------------

def test_ipak_is_mean_of_element_values():
    # (3.62 + 3.55 + 3.71 + 3.68 + 3.74) / 5 = 18.30 / 5 = 3.66
    assert ipak([3.62, 3.55, 3.71, 3.68, 3.74]) == Fraction(366, 100)


def test_ipak_from_counts():
    # [0, 0, 2, 3] → (6 + 12)/5 = 3.6; [0, 1, 1, 3] → (2 + 3 + 12)/5 = 3.4; mean 3.5.
    result = ipak_result([("A", nrr_from_counts([0, 0, 2, 3])), ("B", nrr_from_counts([0, 1, 1, 3]))])
    assert result.value == Fraction(7, 2)
    assert result.shown == Decimal("3.50")
    assert result.elements == (("A", Fraction(18, 5)), ("B", Fraction(17, 5)))


@pytest.mark.parametrize("values, message", [([], "minimal satu unsur"), ([4.5], "antara 1 dan 4")])
def test_ipak_refuses(values, message):
    with pytest.raises(ValueError, match=message):
        ipak(values)
