"""Publish over SSH with the system ``ssh`` and ``rsync``: the folder scheme of local.py, remotely.

rsync writes ``releases/<name>.partial`` with ``--link-dest`` to the live release (unchanged
files become hard links, so only changes cross the network); one ssh command then renames it,
switches ``current`` with ``ln -sfn`` + ``mv -T`` (a rename) and prunes. ``--no-times`` plus
``--checksum`` let a rebuilt but unchanged file be linked, and keep its old modification time,
so web caches stay valid; ``--compress`` because office links are slow (the example site's first
deploy sends about a fifth of its size). Extra ssh options come from ``ZISITE_SSH``
(e.g. ``ssh -i key -o …``).

Hardening: target.py admits only plain remote paths, users and hosts (no shell metacharacters, no
leading ``-``); every path in a remote script is quoted; ``--`` ends the options of ssh and rsync;
rsync runs with ``-s`` (``--secluded-args``), so its remote shell never parses file names; releases
get ``--chmod=D755,F644`` whatever the umask. ``--dry-run`` runs nothing and prints the commands.
"""

from __future__ import annotations

import os
import re
import select
import shlex
import subprocess
from contextlib import contextmanager

from . import releases as rel
from .changes import unavailable
from .errors import DeployError
from .report import Outcome
from .sitefiles import SiteFiles
from .target import Target

SSH_ENV = "ZISITE_SSH"
TEMP_LINK = ".current.tmp"
TIMEOUT = 600
MODES = "--chmod=D755,F644"  # local.DIR_MODE and local.FILE_MODE
LOCK = ".zisite-deploy.lock"  # flock'ed, as local.LOCK; a folder of that name + ".d" where flock is missing


def ssh_command(target: Target) -> list[str]:
    command = shlex.split(os.environ.get(SSH_ENV) or "ssh")
    return command + (["-p", str(target.port)] if target.port else [])


def _q(text: str) -> str:
    return shlex.quote(text)


def _run(command: list[str], what: str) -> subprocess.CompletedProcess:
    try:
        proc = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise DeployError(f"program '{command[0]}' tidak ditemukan; pasang openssh-client dan rsync") from None
    except subprocess.TimeoutExpired:
        raise DeployError(f"{what} tidak selesai dalam {TIMEOUT} detik") from None
    if proc.returncode != 0:
        detail = " ".join(proc.stderr.strip().splitlines()[-3:])
        raise DeployError(f"{what} gagal (kode {proc.returncode}): {detail or 'tanpa pesan'}")
    return proc


def remote_command(target: Target, script: str) -> list[str]:
    """The ssh command line that runs a POSIX sh script on the host (whatever the login shell is)."""
    return [*ssh_command(target), "--", target.destination, "sh -c " + _q("set -e; " + script)]


def remote(target: Target, script: str, what: str) -> str:
    return _run(remote_command(target, script), f"{what} di {target.destination}").stdout


def _state_script(target: Target, clean: bool) -> str:
    path = _q(target.path)
    refuse = "if [ -e current ] && [ ! -L current ]; then echo bukan-tautan; exit 0; fi; "
    if clean:
        script = (f"mkdir -p {path}; cd {path}; {refuse}mkdir -p releases; "
                  "for f in releases/*.partial releases/*.deleting; do "
                  "[ -e \"$f\" ] && echo \"sisa=${f#releases/}\" && rm -rf \"$f\"; done; "
                  f"rm -f {TEMP_LINK}; ")
    else:
        script = f"cd {path} 2>/dev/null || exit 0; {refuse}"
    return (script + "echo \"current=$(readlink current || true)\"; "
            "for f in releases/*; do [ -e \"$f\" ] && echo \"rilis=${f#releases/}\"; done; true")


def _state(target: Target, clean: bool) -> tuple[str | None, list[str], list[str]]:
    """(live release, releases oldest first, leftovers removed or found) on the host."""
    out = remote(target, _state_script(target, clean), "membaca folder tujuan")
    values: dict[str, list[str]] = {}
    for line in out.splitlines():
        key, _, value = line.partition("=")
        values.setdefault(key, []).append(value)
    if "bukan-tautan" in values:
        raise DeployError(f"{target.path}/current di {target.host} adalah folder biasa, bukan tautan simbolik; "
                          "pindahkan atau ganti namanya dulu")
    names = values.get("rilis", [])
    live = os.path.basename(values.get("current", [""])[0]) or None
    leftovers = values.get("sisa", []) + ([] if clean else [n for n in names if rel.is_leftover(n)])
    ordered = rel.ordered(names)
    if live is not None and live not in ordered:
        raise DeployError(f"{target.path}/current di {target.host} tidak menunjuk ke terbitan di releases/")
    return live, ordered, leftovers


def _switch_script(target: Target, name: str) -> str:
    return (f"cd {_q(target.path)}; ln -sfn {_q('releases/' + name)} {TEMP_LINK}; "
            f"mv -T {TEMP_LINK} current; ")


def _stat(stats: str, label: str) -> int | None:
    match = re.search(rf"^{label}: ([\d,.]+)", stats, re.MULTILINE)
    return int(re.sub(r"[,.]", "", match.group(1))) if match else None


def _rsync_command(site: SiteFiles, target: Target, name: str, live: str | None) -> list[str]:
    destination = f"{target.destination}:{target.path}/releases/{name}{rel.PARTIAL}/"
    # -s (--secluded-args, called --protect-args before rsync 3.2.8; known since 3.0): file names
    # travel inside rsync's protocol, never through the remote shell
    rsync = ["rsync", "-a", "-s", MODES, "--no-times", "--checksum", "--compress", "--delete",
             "--stats", "-e", " ".join(_q(part) for part in ssh_command(target))]
    if live:
        rsync.append(f"--link-dest=../{live}")
    return [*rsync, "--", f"{site.root}/", destination]


def _finish_script(target: Target, name: str, pruned: list[str]) -> str:
    prune = "".join(f"mv {_q('releases/' + r)} {_q('releases/' + r + rel.DELETING)}; "
                    f"rm -rf {_q('releases/' + r + rel.DELETING)}; " for r in pruned)
    return (f"cd {_q(target.path)}; mv {_q(f'releases/{name}{rel.PARTIAL}')} {_q('releases/' + name)}; "
            + _switch_script(target, name) + prune)


def _lock_script(target: Target) -> str:
    """Hold the target's lock until our stdin closes (also when zisite is killed: the pipe closes)."""
    path = _q(target.path)
    hold = "echo terkunci; cat >/dev/null"
    return (f"mkdir -p {path}; cd {path}; "
            f"if command -v flock >/dev/null 2>&1; then flock -n {LOCK} sh -c {_q(hold)} || echo sibuk; "
            f"else mkdir {LOCK}.d 2>/dev/null || {{ echo sibuk; exit 0; }}; trap 'rmdir {LOCK}.d' EXIT; {hold}; fi")


@contextmanager
def _locked(target: Target):
    """One deploy or rollback at a time per target, so none removes another's ``.partial``."""
    where = f"{target.destination}:{target.path}"
    try:
        proc = subprocess.Popen(remote_command(target, _lock_script(target)), stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    except FileNotFoundError:
        raise DeployError(f"program '{ssh_command(target)[0]}' tidak ditemukan; pasang openssh-client dan rsync") from None
    try:
        ready, _, _ = select.select([proc.stdout], [], [], TIMEOUT)
        said = proc.stdout.readline().strip() if ready else ""
        if said == "sibuk":
            raise DeployError(f"penerbitan lain ke {where} sedang berjalan; tunggu sampai selesai lalu ulangi")
        if said != "terkunci":
            proc.kill()
            detail = " ".join(proc.communicate()[1].strip().splitlines()[-3:])
            raise DeployError(f"mengunci folder tujuan di {target.destination} gagal (kode {proc.returncode}): "
                              f"{detail or 'tanpa pesan'}")
        yield
    finally:
        try:
            proc.stdin.close()  # the remote `cat` ends and the lock is released
            proc.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()


def publish(site: SiteFiles, target: Target, commit: str, keep: int, dry_run: bool = False,
            zone: str = rel.DEFAULT_ZONE) -> Outcome:
    location = f"{target.destination}:{target.path}/current"
    if dry_run:
        return _plan(site, target, commit, location, zone)
    with _locked(target):
        live, names, leftovers = _state(target, clean=True)
        name = rel.new_name(names + leftovers, commit, zone=zone)
        pruned = rel.to_prune(rel.ordered([*names, name]), name, keep, live)
        stats = _run(_rsync_command(site, target, name, live), f"rsync ke {target.destination}").stdout
        transferred = _stat(stats, "Number of regular files transferred")
        remote(target, _finish_script(target, name, pruned), "mengalihkan current")
    reused = len(site.files) - transferred if live and transferred is not None else None
    return Outcome(name, live, len(site.files), site.size, reused, _stat(stats, "Total bytes sent"), pruned,
                   leftovers, location, sent_what="dikirim lewat ssh (rsync)")


LIVE = "TERBITAN-AKTIF"        # stands, in a dry run's commands, for what only the host can tell
OLD = "TERBITAN-LAMA"
PREVIOUS = "TERBITAN-SEBELUMNYA"


def _plan(site: SiteFiles, target: Target, commit: str, location: str, zone: str) -> Outcome:
    """--dry-run: nothing touches the host (not even a read); the commands are shown instead."""
    name = rel.new_name([], commit, zone=zone)
    commands = [remote_command(target, _lock_script(target)),
                remote_command(target, _state_script(target, clean=True)),
                _rsync_command(site, target, name, LIVE),
                remote_command(target, _finish_script(target, name, [OLD]))]
    return Outcome(name, None, len(site.files), site.size, location=location, dry_run=True,
                   commands=[shlex.join(c) for c in commands],
                   changes=unavailable("uji coba tidak menghubungi server, jadi terbitan aktif di sana tidak dibaca; "
                                       "saat menerbitkan, rsync hanya mengirim berkas yang berubah"),
                   placeholders=[f"{LIVE}: terbitan yang aktif (--link-dest hanya bila sudah ada)",
                                 f"{OLD}: tiap terbitan lama di luar --keep yang akan dihapus (bila ada)"])


def rollback(target: Target, dry_run: bool = False) -> Outcome:
    location = f"{target.destination}:{target.path}/current"
    if dry_run:
        commands = [remote_command(target, _lock_script(target)),
                    remote_command(target, _state_script(target, clean=False)),
                    remote_command(target, _switch_script(target, PREVIOUS))]
        return Outcome(PREVIOUS, LIVE, location=location, dry_run=True, commands=[shlex.join(c) for c in commands],
                       placeholders=[f"{PREVIOUS}: terbitan sebelum {LIVE} (yang aktif), dibaca dari host"])
    def live_release() -> tuple[str, list[str]]:
        live, names, _ = _state(target, clean=False)
        if live is None:
            raise DeployError(f"{location} belum ada; belum ada terbitan yang bisa dikembalikan")
        return live, names

    live_release()  # before locking, which would create the target folder
    with _locked(target):
        live, names = live_release()
        before = rel.previous(names, live)
        if before is None:
            raise DeployError(f"tidak ada terbitan sebelum {live} di {target.destination}:{target.path}/releases")
        remote(target, _switch_script(target, before), "mengalihkan current")
    return Outcome(before, live, location=location)
