"""Each statistics kind is declared once (models.stats.STATS_KINDS); every place that handles a kind
must handle every declared kind: its page section, its template, its open data and its schema."""

from __future__ import annotations

from pathlib import Path

import pytest

import zisite
from zisite.models.schema import SCHEMAS
from zisite.models.stats import STATS_KINDS
from zisite.render.stats_data import RESOURCES
from zisite.render.stats_sections import SECTIONS

TEMPLATES = Path(zisite.__file__).parent / "templates" / "stats"


@pytest.mark.parametrize("key", list(STATS_KINDS))
def test_every_kind_has_a_section_a_template_open_data_and_a_schema(key):
    kind = STATS_KINDS[key]
    assert key in SECTIONS
    assert (TEMPLATES / f"{key}.html").is_file()
    assert any(resource[0] == key for resource in RESOURCES.values())
    assert SCHEMAS[kind.schema_file] is kind.model


def test_nothing_handles_an_undeclared_kind():
    assert set(SECTIONS) == set(STATS_KINDS)
    assert {resource[0] for resource in RESOURCES.values()} == set(STATS_KINDS)
    assert {p.stem for p in TEMPLATES.glob("*.html") if not p.stem.startswith("_")} == set(STATS_KINDS)


def test_counts_name_every_list_a_file_holds():
    assert {key: list(kind.lists) for key, kind in STATS_KINDS.items()} == {
        "pengaduan": ["periode"], "gratifikasi": ["periode"], "wbs": ["periode", "dim"], "survei": ["skm", "spak"]}
