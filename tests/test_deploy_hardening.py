"""Deploy hardening: nothing in TARGET reaches a shell or an option, --dry-run runs nothing remote,
and a release's modes do not depend on the umask of whoever built or deployed it.

ssh and rsync are replaced on PATH by a script that records its calls, so a test sees exactly what
would have run on a server (and that nothing did).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from deploykit import RELEASE_NAME, live
from helpers import run_cli


@pytest.fixture
def fake_tools(tmp_path):
    """PATH with recording `ssh` and `rsync` (they fail, so nothing could be published); returns the log."""
    bin_dir, log = tmp_path / "bin", tmp_path / "calls.log"
    bin_dir.mkdir()
    for tool in ("ssh", "rsync"):
        script = bin_dir / tool
        script.write_text(f"#!/bin/sh\necho {tool} \"$@\" >> {log}\nexit 255\n")
        script.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    env.pop("ZISITE_SSH", None)
    return env, log


def _deploy(env, cwd, *args):
    return run_cli("deploy", *map(str, args), cwd=cwd, env=env)


@pytest.mark.parametrize("url", [
    "ssh://zi@server.example/srv/$(touch pwned)",
    "ssh://zi@server.example/srv/zi;touch pwned",
    "ssh://zi@server.example/srv/`touch pwned`",
    "ssh://zi@server.example/srv/zi pwned",
])
def test_a_remote_path_with_shell_metacharacters_is_refused(url, fake_tools, site_dir, tmp_path):
    env, log = fake_tools
    for extra in ([], ["--dry-run"], ["--rollback"]):
        result = _deploy(env, tmp_path, *(["--site", site_dir] if extra != ["--rollback"] else []), *extra, url)
        assert result.code == 2, result.out + result.err
        path = url.split("server.example", 1)[1]
        assert result.err.splitlines()[0] == (
            f"zisite: galat: TARGET '{url}': folder tujuan '{path}' memuat karakter yang tidak diizinkan "
            "(hanya huruf, angka, dan . _ / ~ + -); tidak ada yang dijalankan")
        assert result.out == ""
    assert not log.exists()  # neither ssh nor rsync ran
    assert not any(p.name == "pwned" for p in tmp_path.rglob("*"))
    assert not Path("pwned").exists()


@pytest.mark.parametrize(("url", "what", "value"), [
    ("ssh://-oProxyCommand=touch/srv/zi", "host", "-oProxyCommand=touch"),
    ("ssh://-oProxyCommand=sh@server.example/srv/zi", "pengguna", "-oProxyCommand=sh"),
    ("ssh://zi@-p2222/srv/zi", "host", "-p2222"),
])
def test_a_host_or_user_that_looks_like_an_option_is_refused(url, what, value, fake_tools, site_dir, tmp_path):
    env, log = fake_tools
    result = _deploy(env, tmp_path, "--site", site_dir, url)
    assert result.code == 2
    assert result.err == (f"zisite: galat: TARGET '{url}': {what} '{value}' diawali tanda '-' dan akan dibaca "
                          "ssh sebagai opsi; tidak ada yang dijalankan\n")
    assert not log.exists()


def test_a_path_part_that_looks_like_an_option_is_refused(fake_tools, site_dir, tmp_path):
    env, log = fake_tools
    url = "ssh://zi@server.example/~/-rf"
    result = _deploy(env, tmp_path, "--site", site_dir, url)
    assert result.code == 2
    assert result.err == (f"zisite: galat: TARGET '{url}': bagian folder tujuan tidak boleh diawali tanda '-'; "
                          "tidak ada yang dijalankan\n")
    assert not log.exists()


def test_dry_run_over_ssh_runs_nothing_and_prints_the_commands(fake_tools, site_dir, tmp_path):
    env, log = fake_tools
    url = "ssh://zi@server.example:2222/srv/zi"
    result = _deploy(env, tmp_path, "--site", site_dir, "--dry-run", "--keep", 2, url)
    assert result.code == 0, result.err
    assert not log.exists()
    stages = ["zisite: memverifikasi situs (tautan, halaman, berkas)…", f"zisite: uji coba penerbitan ke {url}…"]
    assert result.out.splitlines()[:2] == stages
    lines = result.out.splitlines()[2:]
    assert lines[0] == ("zisite: uji coba (--dry-run): tidak ada yang dijalankan atau diubah di "
                        "zi@server.example:/srv/zi/current; perintah yang akan dijalankan (yang pertama memegang "
                        "kunci folder tujuan selama yang lain berjalan):")
    for line in (lines[1], lines[2], lines[4]):
        assert line.startswith("zisite:   ssh -p 2222 -- zi@server.example 'sh -c '")
    assert "flock -n .zisite-deploy.lock" in lines[1]
    assert "mkdir -p /srv/zi; cd /srv/zi;" in lines[2]
    assert lines[3].startswith("zisite:   rsync -a -s --chmod=D755,F644 ")
    assert f" --link-dest=../TERBITAN-AKTIF -- {site_dir}/ zi@server.example:/srv/zi/releases/" in lines[3]
    assert "mv -T .current.tmp current;" in lines[4]
    assert lines[5:7] == ["zisite: dengan TERBITAN-AKTIF: terbitan yang aktif (--link-dest hanya bila sudah ada)",
                          "zisite: dengan TERBITAN-LAMA: tiap terbitan lama di luar --keep yang akan dihapus (bila ada)"]
    assert re.fullmatch(rf"zisite: akan menulis terbitan {RELEASE_NAME}: \d+ berkas, .*", lines[7])
    assert lines[8] == ("zisite: perbandingan halaman tidak tersedia: uji coba tidak menghubungi server, jadi terbitan "
                        "aktif di sana tidak dibaca; saat menerbitkan, rsync hanya mengirim berkas yang berubah")

    rollback = _deploy(env, tmp_path, "--rollback", "--dry-run", url)
    assert rollback.code == 0, rollback.err
    assert not log.exists()
    assert "ln -sfn releases/TERBITAN-SEBELUMNYA .current.tmp" in rollback.out


def test_the_ssh_commands_end_options_before_the_destination(fake_tools, site_dir, tmp_path):
    env, log = fake_tools
    result = _deploy(env, tmp_path, "--site", site_dir, "ssh://zi@server.example/srv/zi")
    assert result.code == 1  # the fake ssh fails at once
    assert log.read_text().startswith("ssh -- zi@server.example sh -c ")


def test_a_local_release_gets_755_and_644_under_umask_000(site_dir, tmp_path):
    site = tmp_path / "site"  # as built under umask 000
    shutil.copytree(site_dir, site)
    for path in [site, *site.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o666)
    target = tmp_path / "zi"
    code = "import os, sys; os.umask(0); from zisite.cli import main; sys.exit(main(sys.argv[1:]))"
    for site_version in (site, site_dir):  # the second deploy hard-links unchanged files
        proc = subprocess.run([sys.executable, "-c", code, "deploy", "--site", str(site_version), str(target)],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        release = target / "releases" / live(target)
        assert {stat.S_IMODE(p.stat().st_mode) for p in [release, *release.rglob("*")] if p.is_dir()} == {0o755}
        assert {stat.S_IMODE(p.stat().st_mode) for p in release.rglob("*") if p.is_file()} == {0o644}


def test_zip_entries_are_644_files(site_dir, tmp_path):
    import zipfile

    archive = tmp_path / "situs.zip"
    assert run_cli("deploy", "--site", str(site_dir), str(archive)).code == 0
    with zipfile.ZipFile(archive) as z:
        assert {(i.external_attr >> 16) for i in z.infolist()} == {0o100644}
        assert not any(i.is_dir() for i in z.infolist())


def test_the_ssh_lock_falls_back_to_a_folder_where_flock_is_missing(tmp_path):
    from zisite.deploy.ssh import _lock_script
    from zisite.deploy.target import parse_target

    bin_dir = tmp_path / "bin"  # a host without util-linux: no flock
    bin_dir.mkdir()
    for tool in ("mkdir", "rmdir", "cat"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    target = tmp_path / "zi"
    script = "set -e; " + _lock_script(parse_target(f"ssh://host{target}"))

    def hold():
        return subprocess.Popen(["/bin/sh", "-c", script], env={"PATH": str(bin_dir)}, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True)

    first = hold()
    assert first.stdout.readline() == "terkunci\n"
    assert (target / ".zisite-deploy.lock.d").is_dir()
    second = hold()
    assert second.communicate(timeout=10)[0] == "sibuk\n"
    first.stdin.close()
    assert first.wait(timeout=10) == 0
    assert not (target / ".zisite-deploy.lock.d").exists()
