"""The example offices' statistics: valid, marked as sample data, complete, and stable through a round trip."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml

from helpers import ROOT
from zisite.load import yaml as yamlload
from zisite.models.stats import STATS_KINDS
from zisite.checks.stats import check_stats

OFFICES = {"banggai-kepulauan": 2025, "sigi": 2026}
FILES = sorted(ROOT.glob("content/offices/*/statistik/*/*.yaml"))


def test_every_example_office_has_every_kind_for_its_year(example_project):
    assert len(FILES) == len(OFFICES) * len(STATS_KINDS)
    for slug, year in OFFICES.items():
        stats = example_project.office(slug).stats
        for kind in STATS_KINDS:
            entries = getattr(stats, kind)
            assert [(e.kind, e.tahun, e.contoh) for e in entries] == [(kind, year, True)], (slug, kind)
            assert entries[0].file == f"content/offices/{slug}/statistik/{kind}/{year}.yaml"


def test_entry_counts_for_summaries(example_project):
    stats = example_project.office("banggai-kepulauan").stats
    assert [e.counts() for e in stats.entries()] == [
        {"periode": 4}, {"periode": 4}, {"periode": 4, "dim": 2}, {"skm": 2, "spak": 2}]
    assert bool(stats) and [e.kind for e in stats.entries()] == list(STATS_KINDS)


def test_statistics_files_have_no_diagnostics(example_project):
    assert example_project.ok
    assert [d.format() for d in example_project.diagnostics if "/statistik/" in d.file] == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_first_line_names_an_existing_schema(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    kind = path.parent.name
    assert first == f"# yaml-language-server: $schema=../../../../../schemas/statistik-{kind}.schema.json"
    assert (path.parent / first.split("=", 1)[1]).resolve() == ROOT / "schemas" / f"statistik-{kind}.schema.json"
    assert (ROOT / "schemas" / f"statistik-{kind}.schema.json").is_file()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_fast_and_careful_yaml_paths_agree(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    fast = yamlload.fast_load(text, yamlload.MAX_DEPTH)
    assert fast is not None
    monkeypatch.setattr(yamlload, "fast_load", lambda _text, _depth: None)
    careful, problems = yamlload.load_text(text, "x.yaml")
    assert problems == []
    assert fast == (careful.data, careful.values, careful.keys)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_round_trip_through_yaml(path, example_project):
    """Model → YAML → loader → model gives the same model: nothing is lost or reinterpreted."""
    entry = next(e for e in example_project.stats if e.file == path.relative_to(ROOT).as_posix())
    dumped = yaml.safe_dump(entry.data.model_dump(mode="json", exclude_none=True), allow_unicode=True, sort_keys=False)
    loaded, problems = yamlload.load_text(dumped, "ulang.yaml")
    assert problems == []
    again, diagnostics = check_stats(loaded, entry.kind, path.name, entry.tahun)
    assert diagnostics == []
    assert again == entry.data


def test_examples_show_what_the_issue_asks_for(example_project):
    for slug in OFFICES:
        stats = example_project.office(slug).stats
        complaints = stats.pengaduan[0].data.periode
        assert [p.periode.kind for p in complaints] == ["triwulan"] * len(complaints)
        assert any(p.diterima == 0 for p in complaints), "a quarter without complaints"
        assert any(p.nihil for p in stats.gratifikasi[0].data.periode), "a nihil gratuity period"
        assert stats.wbs[0].data.dim, "a small DIM"
        survey = stats.survei[0].data
        assert [p.nrr is not None for p in survey.skm] == [True, False], "one SKM period as NRR, one as counts"
        assert survey.spak


@pytest.mark.parametrize("slug, skm, spak", [
    ("banggai-kepulauan", [("Semester I", "83.61", "B", "Baik"), ("Semester II", "84.54", "B", "Baik")],
     [("Semester I", "3.66"), ("Semester II", "3.62")]),
    ("sigi", [("Triwulan I", "82.22", "B", "Baik"), ("Triwulan II", "83.47", "B", "Baik")],
     [("Semester I", "3.59")]),
])
def test_example_survey_results(example_project, slug, skm, spak):
    survey = example_project.office(slug).stats.survei[0].data
    assert [(p.periode.label, str(p.result().shown), p.result().grade.mutu, p.result().grade.kinerja)
            for p in survey.skm] == skm
    assert [(p.periode.label, str(p.result().shown)) for p in survey.spak] == spak
    assert all(isinstance(p.result().shown, Decimal) for p in survey.skm)


def test_example_sums_agree(example_project):
    for entry in example_project.office("banggai-kepulauan").stats.pengaduan:
        for period in entry.data.periode:
            if period.kategori:
                assert sum(period.kategori.values()) == period.diterima
            if period.saluran:
                assert period.saluran.total() == period.diterima


def _doc_examples():
    text = (ROOT / "docs" / "format-data.md").read_text(encoding="utf-8")
    section = text[text.index("## Statistik"):]
    blocks = [b.split("```", 1)[0] for b in section.split("```yaml\n")[1:]]
    found = []
    for block in blocks:
        first = block.splitlines()[0]
        if "statistik-" in first and ("\nperiode:" in block or "\nskm:" in block):
            found.append((first.split("statistik-")[1].split(".")[0], block))
    return found


def test_docs_examples_are_valid():
    examples = _doc_examples()
    assert sorted(kind for kind, _ in examples) == sorted(STATS_KINDS)
    for kind, block in examples:
        loaded, problems = yamlload.load_text(block, f"docs/{kind}.yaml")
        assert problems == []
        stats, diagnostics = check_stats(loaded, kind, "2026.yaml", 2026)
        assert [d.format() for d in diagnostics] == []
        assert stats is not None and stats.contoh is False
