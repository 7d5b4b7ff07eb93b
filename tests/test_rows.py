"""The one plan-tree walk (domain/rows.py): order, positions, row codes and plan-page anchors on a
small plan, and the codes realisasi files use matching the anchors the plan page prints."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from zisite.domain.rows import Position, code_anchor, counts, row_code, walk


def _plan():
    """Two areas: the first with two groups (actions of 2 and 1 rows, then 1 row), the second one row."""
    row = lambda name: NS(uraian=name)  # noqa: E731
    action = lambda *rows: NS(baris=tuple(rows))  # noqa: E731
    first = NS(judul="A", kelompok=(NS(aksi=(action(row("r1"), row("r2")), action(row("r3")))),
                                    NS(aksi=(action(row("r4")),))))
    second = NS(judul="B", kelompok=(NS(aksi=(action(row("r5")),)),))
    return NS(bagian=(first, second))


def test_walk_visits_every_row_in_document_order_with_codes_and_anchors():
    rows = [(r.row.uraian, r.code, r.anchor, r.area.judul) for r in walk(_plan())]
    assert rows == [
        ("r1", "1.1.1.1", "b1-k1-a1-r1", "A"),
        ("r2", "1.1.1.2", "b1-k1-a1-r2", "A"),
        ("r3", "1.1.2.1", "b1-k1-a2-r1", "A"),
        ("r4", "1.2.1.1", "b1-k2-a1-r1", "A"),
        ("r5", "2.1.1.1", "b2-k1-a1-r1", "B"),
    ]


def test_walk_of_one_area_keeps_the_plan_wide_positions():
    assert [r.code for r in walk(_plan(), 1)] == ["2.1.1.1"]


def test_codes_anchors_and_paths_from_positions():
    at = Position(0, 1, 2, 0)
    assert (at.code, at.anchor) == ("1.2.3.1", "b1-k2-a3-r1")
    assert at.path == ("bagian", 0, "kelompok", 1, "aksi", 2, "baris", 0)
    assert row_code(0, 0, 2, 0) == "1.1.3.1"
    assert Position(0, 0, 2, 0).anchor == "b1-k1-a3-r1"
    assert Position.from_code("1.2.3.1") == at
    assert code_anchor("12.1.10.3") == "b12-k1-a10-r3"


@pytest.mark.parametrize("row", list(walk(_plan())), ids=lambda r: r.code)
def test_a_rows_code_leads_back_to_its_anchor(row):
    assert code_anchor(row.code) == row.anchor


def test_counts():
    assert counts(_plan()) == {"bagian": 2, "kelompok": 3, "aksi": 4, "baris": 5}
    assert counts(_plan(), 1) == {"bagian": 1, "kelompok": 1, "aksi": 1, "baris": 1}
