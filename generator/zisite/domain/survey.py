"""Survey arithmetic: SKM/IKM per PermenPANRB 14/2017 and the SPAK perception index (IPAK).

All arithmetic is exact (fractions.Fraction): the weight 1/9 of each of the nine SKM elements is
never rounded to 0.11 or 0.111, which shifts results across grade edges. Rounding happens once,
for display: two decimals, half up, as people round by hand.

SKM (PermenPANRB 14/2017):
    NRR of an element  = Σ (answer value × number of answers with that value) / number of answers
    IKM                = (Σ NRRᵢ × 1/9) × 25            (i = U1 … U9; result 25 … 100)
    mutu               = graded on the IKM as shown (two decimals):
                         A 88.31–100 Sangat Baik, B 76.61–88.30 Baik,
                         C 65.00–76.60 Kurang Baik, D 25.00–64.99 Tidak Baik
Grading the shown value means the grade always agrees with the number printed beside it; an
exact 88.305 is shown as 88.31 and graded A. Values below 25 or above 100 cannot come from NRRs
on the 1–4 scale, so ``grade`` refuses them instead of guessing.

SPAK: no official formula for an office-level IPAK could be verified, so the index used here is
labelled plainly as the unweighted mean of the element values on the same 1–4 scale:
    nilai unsur        = NRR of its answers (as above), or the value the office reports
    IPAK (skala 1–4)   = Σ nilai unsurⱼ / jumlah unsur
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from math import floor

SKM_ELEMENT_NAMES = {  # the nine elements of PermenPANRB 14/2017, in order: the one table of them
    "u1": "Persyaratan",
    "u2": "Sistem, mekanisme dan prosedur",
    "u3": "Waktu penyelesaian",
    "u4": "Biaya/tarif",
    "u5": "Produk spesifikasi jenis pelayanan",
    "u6": "Kompetensi pelaksana",
    "u7": "Perilaku pelaksana",
    "u8": "Penanganan pengaduan, saran dan masukan",
    "u9": "Sarana dan prasarana",
}
SKM_ELEMENTS = tuple(SKM_ELEMENT_NAMES)
SCALE = (1, 2, 3, 4)
IKM_CONVERSION = 25

IPAK_FORMULA = "IPAK = rata-rata nilai unsur SPAK pada skala 1–4 (jumlah nilai unsur ÷ jumlah unsur)"

Number = int | float | str | Decimal | Fraction


def exact(value: Number) -> Fraction:
    """A number as an exact fraction; a float is taken as the decimal it was written as (3.25)."""
    if isinstance(value, bool):
        raise TypeError("bukan angka")
    if isinstance(value, float):
        return Fraction(Decimal(repr(value)))
    if isinstance(value, str):
        return Fraction(Decimal(value))
    return Fraction(value)


def nrr_from_counts(counts: Sequence[int]) -> Fraction:
    """Mean answer of one element from the number of answers 1, 2, 3 and 4."""
    if len(counts) != len(SCALE):
        raise ValueError(f"butuh {len(SCALE)} jumlah jawaban (untuk nilai 1–4), bukan {len(counts)}")
    if any(n < 0 for n in counts):
        raise ValueError("jumlah jawaban tidak boleh negatif")
    total = sum(counts)
    if total == 0:
        raise ValueError("unsur ini tidak punya jawaban")
    return Fraction(sum(value * n for value, n in zip(SCALE, counts)), total)


def ikm(nrrs: Sequence[Number]) -> Fraction:
    """IKM from the element NRRs, exactly: (Σ NRRᵢ × 1/N) × 25, N the number of elements published.

    PermenPANRB 14/2017 weighs each of its nine elements 1/9; an office that publishes (or surveys)
    fewer gives each of them 1/N, which is what its own IKM was computed with."""
    if not 1 <= len(nrrs) <= len(SKM_ELEMENTS):
        raise ValueError(f"IKM butuh NRR 1–{len(SKM_ELEMENTS)} unsur, bukan {len(nrrs)}")
    values = [exact(v) for v in nrrs]
    if any(not 1 <= v <= 4 for v in values):
        raise ValueError("NRR harus di antara 1 dan 4")
    weight = Fraction(1, len(values))
    return sum((v * weight for v in values), Fraction(0)) * IKM_CONVERSION


def round_half_up(value: Number, places: int = 2) -> Decimal:
    """Round for display: 88.305 → 88.31, 76.604999… → 76.60; never through binary floats."""
    value = exact(value)
    scale = 10 ** places
    scaled = value * scale
    rounded = floor(abs(scaled) + Fraction(1, 2))
    if scaled < 0:
        rounded = -rounded
    return (Decimal(rounded) / Decimal(scale)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Grade:
    """Mutu pelayanan and kinerja unit pelayanan for an IKM (PermenPANRB 14/2017)."""

    mutu: str
    kinerja: str
    lower: Decimal
    upper: Decimal


GRADES = (
    Grade("A", "Sangat Baik", Decimal("88.31"), Decimal("100.00")),
    Grade("B", "Baik", Decimal("76.61"), Decimal("88.30")),
    Grade("C", "Kurang Baik", Decimal("65.00"), Decimal("76.60")),
    Grade("D", "Tidak Baik", Decimal("25.00"), Decimal("64.99")),
)


def grade(value: Number) -> Grade:
    """The grade of an IKM, judged on the value as shown (rounded to two decimals, half up)."""
    shown = round_half_up(value)
    for candidate in GRADES:
        if candidate.lower <= shown <= candidate.upper:
            return candidate
    raise ValueError(f"IKM {shown} di luar rentang 25,00–100,00")


@dataclass(frozen=True)
class IkmResult:
    """One SKM period worked out: each element's NRR, the exact IKM, the shown IKM and its grade."""

    nrr: tuple[Fraction, ...]
    value: Fraction
    shown: Decimal
    grade: Grade
    elements: tuple[str, ...] = SKM_ELEMENTS  # which elements ``nrr`` holds, in order

    @property
    def nrr_shown(self) -> tuple[Decimal, ...]:
        """NRR per element for display, rounded to two decimals (the IKM uses the exact values)."""
        return tuple(round_half_up(v) for v in self.nrr)

    @property
    def complete(self) -> bool:
        return len(self.elements) == len(SKM_ELEMENTS)

    def nrr_of(self, element: str) -> Fraction | None:
        """The exact NRR of one element (``u1`` … ``u9``), None when it was not published."""
        return dict(zip(self.elements, self.nrr)).get(element)


def ikm_result(nrrs: Sequence[Number], elements: Sequence[str] = SKM_ELEMENTS) -> IkmResult:
    if len(elements) != len(nrrs):
        raise ValueError("one element name per NRR")
    value = ikm(nrrs)
    return IkmResult(tuple(exact(v) for v in nrrs), value, round_half_up(value), grade(value), tuple(elements))


def exact_decimal(value: Fraction, places: int = 12) -> str:
    """A fraction as decimal text with every digit when it terminates (137/40 → "3.425"), else to
    ``places`` decimals: open data keeps what is needed to recompute an IKM, not a display rounding."""
    value = exact(value)
    for digits in range(places + 1):
        if (value * 10 ** digits).denominator == 1:
            return str(round_half_up(value, digits))
    return str(round_half_up(value, places))


def ikm_from_counts(counts: Sequence[Sequence[int]]) -> IkmResult:
    """IKM from raw answer counts: nine elements, each the number of answers 1, 2, 3 and 4."""
    return ikm_result([nrr_from_counts(c) for c in counts])


@dataclass(frozen=True)
class IpakResult:
    """One SPAK period worked out: each element's value and the index, both on the 1–4 scale."""

    elements: tuple[tuple[str, Fraction], ...]
    value: Fraction
    shown: Decimal


def ipak(values: Sequence[Number]) -> Fraction:
    """IPAK as used here: the unweighted mean of the element values on the 1–4 scale."""
    if not values:
        raise ValueError("IPAK butuh minimal satu unsur")
    exact_values = [exact(v) for v in values]
    if any(not 1 <= v <= 4 for v in exact_values):
        raise ValueError("nilai unsur harus di antara 1 dan 4")
    return sum(exact_values, Fraction(0)) / len(exact_values)


def ipak_result(elements: Sequence[tuple[str, Number]]) -> IpakResult:
    named = tuple((name, exact(v)) for name, v in elements)
    value = ipak([v for _, v in named])
    return IpakResult(named, value, round_half_up(value))
