"""`zisite check --format github|gitlab`: diagnostics as CI annotations on the right file and line."""

from __future__ import annotations

import json

from zisite.checks.report import github_command, gitlab_codequality
from zisite.diagnostics import Diagnostic, Severity

OFFICE = "content/offices/contoh/office.yaml"
PLAN = "plans/lain/2026.yaml"


def _broken(make_project):
    """A project with one error (an office's e-mail) and one warning (another office's target capaian)."""
    from helpers import MINIMAL_OFFICE, MINIMAL_PLAN

    other = MINIMAL_PLAN.replace("kantor: contoh", "kantor: lain").replace("1 (satu) Laporan", "2 (tiga) Laporan")
    return make_project({"content/offices/lain/office.yaml": MINIMAL_OFFICE, PLAN: other},
                        office=MINIMAL_OFFICE + "email: bukan-surel\n", plan=None)


def test_github_annotations(cli, make_project):
    root = _broken(make_project)
    result = cli("check", ".", "--format", "github", cwd=root)
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0] == (f"::error file={OFFICE},line=4,col=8,title=zisite check%3A galat::"
                        "'email' bukan alamat surel yang sah")
    assert any(line.startswith(f"::warning file={PLAN},line=") for line in lines)
    assert lines[-1].startswith("Hasil: 1 kantor")


def test_github_paths_are_relative_to_where_check_runs(cli, make_project):
    root = _broken(make_project)
    result = cli("check", root.name, "--format", "github", cwd=root.parent)
    assert f"::error file={root.name}/{OFFICE},line=4,col=8," in result.out


def test_github_escaping():
    d = Diagnostic("a,b:c.yaml", 3, 7, Severity.ERROR, "100% salah", where="bagian 1", hint="baris\nkedua")
    assert github_command(d) == ("::error file=a%2Cb%3Ac.yaml,line=3,col=7,title=zisite check%3A galat::"
                                 "100%25 salah (di bagian 1)%0Apetunjuk: baris%0Akedua")


def test_gitlab_code_quality_report(cli, make_project):
    root = _broken(make_project)
    result = cli("check", "--format", "gitlab", cwd=root)
    assert result.code == 1
    issues = json.loads(result.out)
    assert {i["severity"] for i in issues} == {"major", "minor"}
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert isinstance(issue["location"]["lines"]["begin"], int)
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    error = next(i for i in issues if i["severity"] == "major")
    assert error["location"] == {"path": OFFICE, "lines": {"begin": 4}}
    assert error["description"] == "'email' bukan alamat surel yang sah"
    assert next(i for i in issues if i["severity"] == "minor")["location"]["path"] == PLAN


def test_gitlab_fingerprints_ignore_line_moves_but_keep_duplicates_apart():
    a = Diagnostic("x.yaml", 3, 1, Severity.WARNING, "target waktu kosong", code="schedule-empty")
    moved = Diagnostic("x.yaml", 9, 1, Severity.WARNING, "target waktu kosong", code="schedule-empty")
    first = json.loads(gitlab_codequality([a]))
    assert first[0]["fingerprint"] == json.loads(gitlab_codequality([moved]))[0]["fingerprint"]
    both = json.loads(gitlab_codequality([a, moved]))
    assert both[0]["fingerprint"] != both[1]["fingerprint"]


def test_valid_project_gives_an_empty_report(cli, make_project):
    root = make_project()
    result = cli("check", str(root), "--format", "gitlab")
    assert result.code == 0 and json.loads(result.out) == []
