"""Release names: the office's time zone (zona_waktu, else its province) and the -ubahan marker."""

from __future__ import annotations

import re
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest

from deploykit import RELEASE_NAME, live
from helpers import run_main
from zisite.checks.validate import validate
from zisite.deploy import releases as rel
from zisite.deploy.zone import release_zone
from zisite.domain.timezone import office_zone, zone_of_province
from zisite.load.yaml import load_text
from zisite.models import Office

OFFICE = "nama: Komisi Pemilihan Umum Kota Contoh\nnama_singkat: KPU Kota Contoh\ntingkat: kota\n"


@pytest.mark.parametrize(("province", "zone"), [
    ("Sulawesi Tengah", "WITA"), ("Provinsi Papua Pegunungan", "WIT"), ("DKI Jakarta", "WIB"),
    ("Kalimantan Barat", "WIB"), ("Kalimantan Timur", "WITA"), ("Kalimantan  utara", "WITA"), ("Bali", "WITA"),
    ("Nusa Tenggara Timur", "WITA"), ("Maluku Utara", "WIT"), ("Aceh", "WIB"), ("Jawa Timur", "WIB"),
    ("D.I. Yogyakarta", "WIB"), ("Provinsi D.K.I. Jakarta", "WIB"), ("Atlantis", None), (None, None),
])
def test_province_table(province, zone):
    assert zone_of_province(province) == zone


def test_zona_waktu_wins_over_the_province_and_wib_is_the_default():
    assert office_zone("WIT", "Sulawesi Tengah") == "WIT"
    assert office_zone(None, "Sulawesi Tengah") == "WITA"
    assert office_zone(None, "Atlantis") == "WIB"
    assert office_zone(None, None) == "WIB"


def test_office_yaml_accepts_the_three_zones_only():
    loaded, _ = load_text(OFFICE + "zona_waktu: WITA\n", "office.yaml")
    office, problems = validate(loaded, Office)
    assert problems == [] and office.zona_waktu == "WITA"
    loaded, _ = load_text(OFFICE + "zona_waktu: UTC\n", "office.yaml")
    assert [d.format() for d in validate(loaded, Office)[1]] == [
        "office.yaml:4:13: galat: 'zona_waktu' bernilai 'UTC'; harus salah satu dari: 'WIB', 'WITA' atau 'WIT'"]


def test_names_carry_the_zone_and_sort_by_the_instant_they_stand_for():
    at_ten = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)
    papua = rel.new_name([], "abc1234", at_ten, zone="WIT")
    assert re.fullmatch(r"20261201-190000WIT-[0-9a-f]{8}-abc1234", papua)
    later_in_java = rel.new_name([papua], "abc1234-ubahan", at_ten.replace(minute=30), zone="WIB")
    assert re.fullmatch(r"20261201-173000WIB-[0-9a-f]{8}-abc1234-ubahan", later_in_java)
    assert re.fullmatch(RELEASE_NAME, later_in_java)
    assert rel.ordered([later_in_java, papua]) == [papua, later_in_java]  # 19.00 WIT is 10.00 UTC, before 17.30 WIB
    # the zone changed in office.yaml and the new clock reads earlier: the name still sorts last
    after = rel.new_name([papua], "abc1234", at_ten, zone="WIB")
    assert after.startswith("20261201-170000WIB.1-") and rel.ordered([after, papua])[-1] == after
    assert re.fullmatch(r"[A-Za-z0-9._/~+-]+", after)  # the charset target.py admits in remote paths


def _office(project: Path, slug: str, extra: str) -> None:
    folder = project / "content" / "offices" / slug
    folder.mkdir(parents=True)
    (folder / "office.yaml").write_text(OFFICE + extra, encoding="utf-8")


def test_release_zone_of_a_project(tmp_path):
    assert release_zone(tmp_path, None) == "WIB"  # no offices at all
    _office(tmp_path, "sigi", "provinsi: Sulawesi Tengah\n")
    _office(tmp_path, "palu", "provinsi: Sulawesi Tengah\nzona_waktu: WITA\n")
    assert release_zone(tmp_path, None) == "WITA"  # a group whose offices share one zone
    _office(tmp_path, "jayapura", "provinsi: Papua\n")
    assert release_zone(tmp_path, "jayapura") == "WIT"
    assert release_zone(tmp_path, None) == "WIB"  # offices in several zones
    _office(tmp_path, "rusak", "provinsi: [\n")
    assert release_zone(tmp_path, "rusak") == "WIB"  # unreadable: never a reason to refuse a deploy


def _git(project: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=Staf", "-c", "user.email=staf@contoh.go.id", *args], cwd=project,
                          check=True, capture_output=True, text=True).stdout.strip()


def test_a_site_built_from_uncommitted_content_or_plans_is_marked(tmp_path):
    assert rel.source_label(tmp_path) == "tanpa-git-ubahan"
    _office(tmp_path, "sigi", "provinsi: Sulawesi Tengah\n")
    (tmp_path / "plans").mkdir()
    (tmp_path / "docs").mkdir()
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "awal")
    head = _git(tmp_path, "rev-parse", "--short", "HEAD")
    assert rel.source_label(tmp_path) == head
    (tmp_path / "docs" / "catatan.md").write_text("bukan isi situs\n", encoding="utf-8")
    assert rel.source_label(tmp_path) == head
    (tmp_path / "plans" / "2026.yaml").write_text("baru\n", encoding="utf-8")  # untracked
    assert rel.source_label(tmp_path) == f"{head}-ubahan"
    (tmp_path / "plans" / "2026.yaml").unlink()
    office = tmp_path / "content" / "offices" / "sigi" / "office.yaml"
    office.write_text(office.read_text(encoding="utf-8") + "alamat: Jl. Baru\n", encoding="utf-8")
    assert rel.source_label(tmp_path) == f"{head}-ubahan"


def test_deploy_names_the_release_in_the_office_zone_and_marks_changes(site_dir, tmp_path, monkeypatch):
    project = tmp_path / "proyek"
    _office(project, "jayapura", "provinsi: Papua\n")
    (project / "mkdocs.yml").write_text("site_name: x\nplugins:\n  - zisite:\n      office: jayapura\n", encoding="utf-8")
    _git(project, "init", "-q")
    _git(project, "add", ".")
    _git(project, "commit", "-qm", "awal")
    head = _git(project, "rev-parse", "--short", "HEAD")
    monkeypatch.chdir(project)
    target = tmp_path / "www"
    clean = run_main("deploy", "--site", str(site_dir), str(target))
    assert clean.code == 0, clean.err
    assert re.fullmatch(rf"\d{{8}}-\d{{6}}WIT-[0-9a-f]{{8}}-{head}", live(target))
    assert f"zisite: terbit: {live(target)} di {target}/current" in clean.out
    office = project / "content" / "offices" / "jayapura" / "office.yaml"
    office.write_text(office.read_text(encoding="utf-8") + "zona_waktu: WITA\n", encoding="utf-8")
    edited = run_main("deploy", "--site", str(site_dir), str(target))
    assert edited.code == 0, edited.err
    assert re.fullmatch(rf"\d{{8}}-\d{{6}}WITA(\.\d+)?-[0-9a-f]{{8}}-{head}-ubahan", live(target))
