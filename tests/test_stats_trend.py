"""The trend across years (render/stats_sections.py): one bar a period while a chart stays readable,
then one bar a year named by the span it covers; nihil, approximate and word-only values keep their
words there too."""

from __future__ import annotations

from types import SimpleNamespace

from zisite.models.stats import ComplaintStats, GratuityStats
from zisite.render.stats_sections import complaints, gratuities, total
from zisite.models.stats import Vague, Figure


def _entry(model, year: int, periods: list[dict]):
    data = model.model_validate({"contoh": False, "tahun": year, "periode": periods})
    return SimpleNamespace(data=data, tahun=year, contoh=False)


def _rows(chart) -> dict[str, list[str]]:
    return {row[0]: list(row[1:]) for row in chart.table.rows}


QUARTERS = ("Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV")


def test_up_to_twelve_periods_the_trend_has_one_bar_a_period():
    entries = [_entry(ComplaintStats, year, [{"periode": q, "diterima": 1} for q in QUARTERS]) for year in (2024, 2025)]
    entries.append(_entry(ComplaintStats, 2026, [{"periode": "Januari–Februari 2026", "diterima": "sekitar 40"}]))
    sections = complaints(entries, "k-pengaduan")
    assert [s.trend is None for s in sections] == [True, True, False]  # on the newest year only
    trend = sections[-1].trend
    assert trend.title == "Pengaduan diterima per periode, 2024–2026"
    assert len(trend.table.rows) == 9 and _rows(trend)["Januari–Februari 2026"] == ["sekitar 40"]


def test_more_than_twelve_periods_become_one_bar_a_year_named_by_its_span():
    entries = [_entry(GratuityStats, year, [{"periode": q, "nihil": True} if year == 2022 else
                                            {"periode": q, "penerimaan": 1, "penolakan": 0} for q in QUARTERS])
               for year in (2022, 2023, 2024)]
    entries.append(_entry(GratuityStats, 2025, [{"periode": "Triwulan I", "penerimaan": "puluhan", "penolakan": 2},
                                                {"periode": "Triwulan II", "penerimaan": 1, "penolakan": 0}]))
    trend = gratuities(entries, "k-gratifikasi")[-1].trend
    assert trend.title == "Laporan gratifikasi (penerimaan dan penolakan) per tahun, 2022–2025"
    assert trend.table.columns[0] == "Tahun"
    assert _rows(trend) == {"2022": ["nihil"], "2023": ["4"], "2024": ["4"],
                            "Triwulan I–II 2025": ["3 ditambah puluhan"]}
    # a word-only value has no rank: the summary lists every year instead of a highest and lowest
    assert trend.summary == "2022 nihil, 2023 4, 2024 4 dan Triwulan I–II 2025 3 ditambah puluhan."


def test_totals_say_approximate_and_word_only_parts_in_words():
    assert total([1, 2]) == "3"
    assert total([Figure(40, "sekitar 40", True), 2]) == "sekitar 42"
    assert total([Vague("puluhan", "puluhan"), 0]) == "puluhan"
    assert total([Vague("puluhan", "puluhan"), 12]) == "12 ditambah puluhan"
    assert total([Vague("puluhan", "puluhan"), Vague("belasan", "belasan")]) == "puluhan dan belasan"
