"""`zisite deploy` to a folder and to a .zip, as staff run it: files, symlinks, output, exit codes."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from deploykit import RELEASE_NAME, digests, live, releases, snapshot
from helpers import ROOT, run_cli


def deploy(*args: str):
    return run_cli("deploy", *map(str, args))


def test_first_deploy_publishes_a_release_behind_current(site_dir, tmp_path):
    target = tmp_path / "www"
    result = deploy("--site", site_dir, target)
    assert result.code == 0, result.err
    name = live(target)
    assert os.readlink(target / "current") == f"releases/{name}"
    assert re.fullmatch(RELEASE_NAME, name)
    assert releases(target) == [name]
    assert digests(target / "current") == digests(site_dir)
    files = len(digests(site_dir))
    assert f"terbit: {name} di {target}/current: {files} berkas, " in result.out
    assert re.search(r"waktu: \d+,\d\d detik", result.out)
    assert result.err == ""


def test_second_deploy_links_unchanged_files_and_rollback_returns(site_dir, site_b, tmp_path):
    target = tmp_path / "www"
    assert deploy("--site", site_dir, target).code == 0
    first = live(target)
    second_run = deploy("--site", site_b, target)
    assert second_run.code == 0, second_run.err
    second = live(target)
    assert second != first and releases(target) == sorted([first, second]) == [first, second]
    assert digests(target / "current") == digests(site_b)
    a, b = digests(site_dir), digests(site_b)
    same = [f for f in b if a.get(f) == b[f]]
    changed = [f for f in b if a.get(f) != b[f]]
    assert changed and len(same) > 100
    for name in same:  # one copy on disk, shared by both releases
        assert (target / "releases" / first / name).stat().st_ino == (target / "releases" / second / name).stat().st_ino
    for name in changed:
        if name not in a:  # new in this build (the search index names its fragments by content): nothing to link
            assert not (target / "releases" / first / name).exists()
            continue
        assert (target / "releases" / first / name).stat().st_ino != (target / "releases" / second / name).stat().st_ino
    assert f"{len(same)} berkas tidak berubah dan ditautkan dari {first}" in second_run.out

    back = deploy("--rollback", target)
    assert back.code == 0, back.err
    assert live(target) == first
    assert digests(target / "current") == a
    assert f"dikembalikan: {first} aktif lagi" in back.out
    assert f"untuk membatalkan pengembalian ini, terbitkan lagi: zisite deploy {target}" in back.out
    assert "ingat: data yang salah masih ada di berkas" in back.out  # the next deploy would publish it again
    assert releases(target) == [first, second]  # rollback deletes nothing

    nothing_before = deploy("--rollback", target)
    assert nothing_before.code == 1
    assert "tidak ada terbitan sebelum" in nothing_before.err
    assert live(target) == first


def test_keep_prunes_old_releases_but_never_current_or_its_predecessor(site_dir, site_b, tmp_path):
    target = tmp_path / "www"
    names = []
    for site in (site_dir, site_b, site_dir, site_b):
        result = deploy("--site", site, target, "--keep", 2)
        assert result.code == 0, result.err
        names.append(live(target))
    assert releases(target) == names[-2:]
    assert "terbitan lama dihapus: " + names[1] in result.out

    assert deploy("--rollback", target).code == 0  # names[2] live again; names[3] withdrawn
    assert live(target) == names[2]
    result = deploy("--site", site_b, target, "--keep", 1)
    assert result.code == 0, result.err
    newest = live(target)
    # keep 1, yet the release before current stays (rollback target); the withdrawn one is gone
    assert releases(target) == [names[2], newest]
    assert deploy("--rollback", target).code == 0
    assert live(target) == names[2]


def test_dry_run_changes_nothing(site_dir, site_b, tmp_path):
    target = tmp_path / "www"
    assert deploy("--site", site_dir, target).code == 0
    assert deploy("--site", site_b, target).code == 0
    (target / "releases" / "20000101T000000Z-abc1234.partial").mkdir()
    before = snapshot(target)
    result = deploy("--site", site_dir, target, "--dry-run", "--keep", 1)
    assert result.code == 0, result.err
    assert "uji coba (--dry-run): tidak ada yang diubah" in result.out
    assert "akan mengalihkan current: " in result.out
    assert "akan membersihkan sisa penerbitan yang terputus: 20000101T000000Z-abc1234.partial" in result.out
    rollback = deploy("--rollback", target, "--dry-run")
    assert rollback.code == 0 and "akan mengalihkan current" in rollback.out
    archive = tmp_path / "situs.zip"
    assert deploy("--site", site_dir, archive, "--dry-run").code == 0
    new_target = tmp_path / "baru"
    assert deploy("--site", site_dir, new_target, "--dry-run").code == 0
    assert snapshot(target) == before
    assert not archive.exists() and not new_target.exists()


def test_leftovers_of_a_killed_deploy_are_cleaned_by_the_next(site_dir, tmp_path):
    target = tmp_path / "www"
    assert deploy("--site", site_dir, target).code == 0
    partial = target / "releases" / "20000101T000000Z-abc1234.partial"
    (partial / "sigi").mkdir(parents=True)
    (partial / "sigi" / "index.html").write_text("setengah", encoding="utf-8")
    (target / ".current.tmp-999999").symlink_to("releases/tidak-ada")
    result = deploy("--site", site_dir, target)
    assert result.code == 0, result.err
    assert "sisa penerbitan yang terputus dibersihkan: 20000101T000000Z-abc1234.partial" in result.out
    assert not partial.exists() and not (target / ".current.tmp-999999").is_symlink()
    assert len(releases(target)) == 2


def test_a_plain_current_folder_is_refused_untouched(site_dir, tmp_path):
    target = tmp_path / "www"
    (target / "current").mkdir(parents=True)
    (target / "current" / "index.html").write_text("situs lama", encoding="utf-8")
    before = snapshot(target)
    result = deploy("--site", site_dir, target)
    assert result.code == 1
    assert "adalah folder biasa, bukan tautan simbolik" in result.err
    assert snapshot(target) == before


def _copy_project(tmp_path: Path) -> Path:
    project = tmp_path / "repo"
    project.mkdir()
    for name in ("mkdocs.yml", "plans", "content", "theme"):  # theme/: only while it lives outside the package
        source = ROOT / name
        if source.exists():
            (shutil.copytree if source.is_dir() else shutil.copy)(source, project / name)
    return project


def test_full_deploy_to_deploy_target_then_invalid_data_leaves_current_untouched(tmp_path):
    project = _copy_project(tmp_path)
    target = tmp_path / "www"
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "title: Zona Integritas KPU di Sulawesi Tengah",
        f"title: Zona Integritas KPU di Sulawesi Tengah\n      deploy_target: {target}"), encoding="utf-8")
    first = run_cli("deploy", cwd=project)  # no TARGET: the plugin's deploy_target
    assert first.code == 0, first.err
    assert "tanpa-git" in live(target) or re.search(r"-[0-9a-f]{4,}$", live(target))
    assert (target / "current" / "sigi" / "rencana-aksi" / "2026" / "index.html").is_file()
    before = snapshot(target)

    plan = project / "plans/sigi/2026.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("target_waktu:", "target_wakt:", 1), encoding="utf-8")
    broken = run_cli("deploy", cwd=project)
    assert broken.code == 1
    assert "galat: kunci 'target_wakt' tidak dikenal" in broken.err
    assert "situs yang sudah terbit tidak berubah" in broken.err
    assert "Traceback" not in broken.err
    assert snapshot(target) == before


def main(*args, capsys) -> tuple[int, str]:
    """The CLI in-process (usage errors need no build, so no new interpreter)."""
    from zisite.cli import main as zisite

    code = zisite(["deploy", *map(str, args)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(("target", "message"), [
    ("ftp://server/zi", "skema 'ftp://' tidak didukung"),
    ("ssh://server", "tidak menyebut folder tujuan"),
    ("ssh://zi@server:99999/srv/zi", "port '99999' tidak sah"),
    (ROOT / "README.md", "adalah berkas, bukan folder"),
])
def test_bad_target_is_a_usage_error(site_dir, target, message, capsys):
    code, err = main("--site", site_dir, target, capsys=capsys)
    assert code == 2
    assert message in err


def test_missing_target_and_bad_options_are_usage_errors(site_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nplugins:\n  - zisite\n", encoding="utf-8")
    code, err = main("--site", site_dir, capsys=capsys)
    assert code == 2 and "'deploy_target' tidak diisi" in err
    assert main("--site", site_dir, "x", "--keep", 0, capsys=capsys) == (2, "zisite: galat: --keep harus paling sedikit 1\n")
    code, err = main("--site", "kosong", "x", capsys=capsys)
    assert code == 2 and "tidak berisi index.html" in err
    code, err = main("--rollback", "x.zip", capsys=capsys)  # a ZIP keeps one previous archive; here there is none
    assert code == 1 and "tidak ada arsip sebelumnya (x-sebelumnya.zip)" in err
    code, err = main("--rollback", "--site", site_dir, "x", capsys=capsys)
    assert code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mkdocs.yml"]


def test_a_relative_deploy_target_is_relative_to_mkdocs_yml(site_dir, tmp_path, monkeypatch, capsys):
    project = tmp_path / "proyek"
    project.mkdir()
    (project / "mkdocs.yml").write_text("site_name: x\nplugins:\n  - zisite:\n      deploy_target: keluar/situs.zip\n",
                                        encoding="utf-8")
    (project / "keluar").mkdir()
    monkeypatch.chdir(tmp_path)
    from zisite.cli import main as zisite

    assert zisite(["deploy", "--config", "proyek/mkdocs.yml", "--site", str(site_dir), "--dry-run"]) == 0
    assert "akan menulis arsip proyek/keluar/situs.zip" in capsys.readouterr().out
    assert zisite(["deploy", "--config", "proyek/mkdocs.yml", "--site", str(site_dir)]) == 0
    assert (project / "keluar" / "situs.zip").is_file()


def test_zip_holds_every_file_and_a_manifest_whose_sums_match(site_dir, tmp_path):
    archive = tmp_path / "keluar" / "situs.zip"
    archive.parent.mkdir()
    (archive.parent / ".situs.zip.tmp-4242").write_bytes(b"sisa")
    result = deploy("--site", site_dir, archive)
    assert result.code == 0, result.err
    assert sorted(p.name for p in archive.parent.iterdir()) == ["situs.zip"]
    expected = digests(site_dir)
    with zipfile.ZipFile(archive) as z:
        names = z.namelist()
        assert names == sorted(expected) + ["SHA256SUMS"]
        contents = {n: hashlib.sha256(z.read(n)).hexdigest() for n in names if n != "SHA256SUMS"}
        manifest = z.read("SHA256SUMS").decode("utf-8")
        stamps = {info.date_time for info in z.infolist()}
    assert contents == expected
    listed = dict(reversed(line.split("  ", 1)) for line in manifest.splitlines())
    assert listed == expected
    assert len(stamps) == 1
    first_bytes = archive.read_bytes()
    assert deploy("--site", site_dir, archive).code == 0
    assert archive.read_bytes() == first_bytes  # same site, same archive
    assert f"{len(expected) + 1} berkas" in result.out


def test_release_names_order_and_pruning():
    from datetime import datetime, timezone

    from zisite.deploy import releases as rel

    now = datetime(2026, 1, 15, 10, 30, tzinfo=timezone.utc)  # 17.30 WIB
    names = ["20260115T103000Z-abc1234"]  # a name from before names had a zone: the same instant
    for _ in range(11):  # eleven more deploys in the same second
        names.append(rel.new_name(names, "abc1234", now))
    assert re.fullmatch(r"20260115-173000WIB\.1-[0-9a-f]{8}-abc1234", names[1])
    assert re.fullmatch(r"20260115-173000WIB\.11-[0-9a-f]{8}-abc1234", names[11])
    assert rel.ordered(reversed(names)) == names
    earlier = datetime(2026, 1, 15, 10, 0, tzinfo=timezone.utc)  # the clock went back: still sorts last
    assert rel.ordered([*names, rel.new_name(names, "def5678", earlier)])[-1].endswith("def5678")
    assert rel.new_name([names[0] + ".partial"], "abc1234", now).startswith("20260115-173000WIB.1-")
    a, b, c, d = names[:4]
    assert rel.to_prune([a, b, c, d], d, keep=2) == [a, b]
    assert rel.to_prune([a, b, c, d], d, keep=1, was_live=b) == [c, a]  # c was withdrawn by a rollback
    assert rel.to_prune([a, b, c, d], d, keep=1) == [a, b]  # the one before current always stays


def test_release_names_made_in_the_same_second_differ_and_sort_by_time():
    """Two concurrent deploys cannot see each other's .partial: the random part keeps their names apart."""
    from datetime import datetime, timedelta, timezone

    from zisite.deploy import releases as rel

    now = datetime(2026, 1, 15, 10, 30, tzinfo=timezone.utc)
    same_second = {rel.new_name([], "abc1234", now, zone="WITA") for _ in range(50)}
    assert len(same_second) == 50
    assert all(re.fullmatch(RELEASE_NAME, n) and n.startswith("20260115-183000WITA-") for n in same_second)
    later = rel.new_name([], "abc1234", now + timedelta(seconds=1), zone="WITA")
    old_style = "20260115T102959Z-abc1234"  # a release made before names had a random part
    assert rel.ordered([later, *same_second, old_style])[0] == old_style
    assert rel.ordered([later, *same_second, old_style])[-1] == later
