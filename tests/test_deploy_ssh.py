"""`zisite deploy ssh://…` against a real OpenSSH server on 127.0.0.1 (started here, in a tmp folder).

sshd must run: if it cannot (no openssh-server, no privileges), these tests fail with the reason;
they never skip, because CI has to exercise the SSH path.
"""

from __future__ import annotations

import re
import shutil
import stat
import subprocess

import pytest

from deploykit import digests, live, releases, snapshot
from helpers import run_cli
from sshkit import start_sshd


@pytest.fixture(scope="module")
def sshd(tmp_path_factory):
    try:
        server = start_sshd(tmp_path_factory.mktemp("sshd"))
    except (RuntimeError, OSError) as exc:
        pytest.fail(f"the test sshd cannot run, so the SSH deploy is untested: {exc}")
    yield server
    server.stop()


@pytest.fixture
def deploy(sshd, monkeypatch):
    monkeypatch.setenv("ZISITE_SSH", sshd.ssh_command)
    return lambda *args: run_cli("deploy", *map(str, args))


def test_deploy_second_deploy_reuses_files_then_rollback(sshd, deploy, site_dir, site_b, tmp_path):
    target = tmp_path / "srv" / "zi"
    url = sshd.url(target)

    first = deploy("--site", site_dir, url)
    assert first.code == 0, first.err
    name_a = live(target)
    assert digests(target / "current") == digests(site_dir)
    assert f"terbit: {name_a} di {sshd.user}@127.0.0.1:{target}/current" in first.out
    sent_first = int(re.search(r"dikirim lewat ssh \(rsync\): ([\d.]+) bita", first.out).group(1).replace(".", ""))

    second = deploy("--site", site_b, url)
    assert second.code == 0, second.err
    name_b = live(target)
    assert releases(target) == [name_a, name_b]
    assert digests(target / "current") == digests(site_b)
    a, b = digests(site_dir), digests(site_b)
    same = [f for f in b if a.get(f) == b[f]]
    assert len(same) > 100
    for f in same:  # rsync --link-dest: one inode shared by both releases
        assert (target / "releases" / name_a / f).stat().st_ino == (target / "releases" / name_b / f).stat().st_ino
    for f in (f for f in b if f in a and a[f] != b[f]):  # (files new in b, e.g. renamed index fragments: no link)
        assert (target / "releases" / name_a / f).stat().st_ino != (target / "releases" / name_b / f).stat().st_ino
    sent_second = int(re.search(r"dikirim lewat ssh \(rsync\): ([\d.]+) bita", second.out).group(1).replace(".", ""))
    changed = sum((site_b / f).stat().st_size for f in b if a.get(f) != b[f])
    assert sent_second < changed  # only what changed travels (compressed), not the unchanged files
    assert sent_second * 3 < sent_first
    assert f"{len(same)} berkas tidak berubah" in second.out

    dry = deploy("--rollback", "--dry-run", url)
    assert dry.code == 0 and live(target) == name_b
    back = deploy("--rollback", url)
    assert back.code == 0, back.err
    assert live(target) == name_a
    assert digests(target / "current") == a
    assert f"dikembalikan: {name_a} aktif lagi" in back.out


@pytest.mark.slow
def test_leftovers_pruning_and_dry_run_over_ssh(sshd, deploy, site_dir, site_b, tmp_path):
    target = tmp_path / "zi"
    url = sshd.url(target)
    names = []
    for site in (site_dir, site_b, site_dir):
        result = deploy("--site", site, url, "--keep", 2)
        assert result.code == 0, result.err
        names.append(live(target))
    assert releases(target) == names[1:]
    (target / "releases" / "20000101T000000Z-abc1234.partial").mkdir()
    before = snapshot(target)
    dry = deploy("--site", site_b, url, "--dry-run", "--keep", 2)
    assert dry.code == 0, dry.err
    assert "uji coba (--dry-run): tidak ada yang dijalankan atau diubah" in dry.out
    assert snapshot(target) == before
    result = deploy("--site", site_b, url, "--keep", 2)
    assert result.code == 0, result.err
    assert "sisa penerbitan yang terputus dibersihkan: 20000101T000000Z-abc1234.partial" in result.out
    assert f"terbitan lama dihapus: {names[1]}" in result.out
    assert releases(target) == [names[2], live(target)]


def test_modes_are_755_and_644_whatever_the_builder_umask(sshd, deploy, site_dir, tmp_path):
    site = tmp_path / "site"  # as built under umask 000: rsync -a would copy these modes
    shutil.copytree(site_dir, site)
    for path in [site, *site.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o666)
    target = tmp_path / "zi"
    result = deploy("--site", site, sshd.url(target))
    assert result.code == 0, result.err
    release = target / "releases" / live(target)
    modes = {stat.S_IMODE(p.stat().st_mode) for p in [release, *release.rglob("*")] if p.is_dir()}
    assert modes == {0o755}
    assert {stat.S_IMODE(p.stat().st_mode) for p in release.rglob("*") if p.is_file()} == {0o644}


def test_unreachable_host_fails_and_changes_nothing(sshd, deploy, site_dir, tmp_path):
    target = tmp_path / "zi"
    assert deploy("--site", site_dir, sshd.url(target)).code == 0
    before = snapshot(target)
    wrong_port = sshd.url(target).replace(f":{sshd.port}/", ":1/")
    result = deploy("--site", site_dir, wrong_port)
    assert result.code == 1
    assert "gagal" in result.err and "situs yang sudah terbit tidak berubah" in result.err
    assert "Traceback" not in result.err
    assert snapshot(target) == before


def test_a_second_deploy_to_a_locked_target_waits_for_none_and_changes_nothing(sshd, deploy, site_dir, site_b,
                                                                                tmp_path):
    target = tmp_path / "zi"
    assert deploy("--site", site_dir, sshd.url(target)).code == 0
    before = snapshot(target)
    holder = subprocess.Popen(["flock", str(target / ".zisite-deploy.lock"), "sh", "-c", "echo held; cat"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"  # another deploy holds the lock
        result = deploy("--site", site_b, sshd.url(target))
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    assert result.code == 1
    assert result.err == (f"zisite: galat: penerbitan lain ke {sshd.user}@127.0.0.1:{target} sedang berjalan; "
                          "tunggu sampai selesai lalu ulangi\nzisite: situs yang sudah terbit tidak berubah.\n")
    assert snapshot(target) == before
    assert deploy("--site", site_b, sshd.url(target)).code == 0  # released: the next deploy goes ahead
