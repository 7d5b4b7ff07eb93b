"""`zisite deploy`: resolve TARGET, check + build (unless --site/--rollback), verify, publish.

Every failure is one Indonesian message on stderr and a non-zero exit (1 data, verification or
publishing; 2 usage); the live site is then exactly what it was before.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from pathlib import Path

from ..progress import for_terminal, reporting
from . import archive, local, ssh
from .config import DeploySettings, read_settings
from .errors import DeployError, UsageError
from .releases import source_label
from .report import deploy_lines, rollback_lines
from .sitefiles import list_site
from .target import Target, parse_target
from .verify import verify_site
from .zone import release_zone

MAX_PROBLEMS_SHOWN = 100


def _say(lines: list[str]) -> None:
    for line in lines:
        print(f"zisite: {line}")
    sys.stdout.flush()


def _settings(args: argparse.Namespace) -> DeploySettings:
    config = Path(args.config)
    if config.is_file():
        return read_settings(config)
    if args.target and (args.site or args.rollback):
        return DeploySettings()  # nothing to build and nothing to look up
    raise UsageError(f"berkas konfigurasi '{args.config}' tidak ditemukan")


def _target(args: argparse.Namespace, settings: DeploySettings) -> Target:
    if args.target:
        return parse_target(args.target)
    if not settings.deploy_target:
        raise UsageError(f"TARGET tidak disebut dan 'deploy_target' tidak diisi di plugin zisite {args.config}; "
                         "contoh: zisite deploy ssh://zi@server.example/srv/zi")
    target = parse_target(settings.deploy_target)
    if target.kind != "ssh" and not Path(target.path).is_absolute():  # relative to mkdocs.yml, like its other paths
        target = parse_target(str(Path(args.config).parent / target.path))
    return target


def _check_usage(args: argparse.Namespace) -> None:
    if args.keep < 1:
        raise UsageError("--keep harus paling sedikit 1")
    if args.site and args.rollback:
        raise UsageError("--site dan --rollback tidak dapat dipakai bersama")
    if args.site and args.office:
        raise UsageError("--office tidak berlaku dengan --site: folder itu sudah dibangun")
    if (args.site or args.rollback) and args.engine != "mkdocs":
        raise UsageError("--engine tidak berlaku dengan --site atau --rollback: tidak ada yang dibangun")
    if args.site and not Path(args.site, "index.html").is_file():
        raise UsageError(f"folder situs '{args.site}' tidak ada atau tidak berisi index.html")


def _build(args: argparse.Namespace, workspace: Path) -> Path:
    from ..engines import build  # imports the engine; not needed for --site or --rollback

    site = workspace / "site"
    _say(["membangun situs untuk diterbitkan…"])
    if build(args.engine, Path(args.config), office=args.office, site_dir=site) != 0:
        raise DeployError("data tidak sah atau pembangunan gagal (lihat pesan di atas); tidak ada yang diterbitkan")
    return site


def _verify(site: Path, settings: DeploySettings) -> None:
    with reporting(for_terminal(sys.stdout)) as progress:  # with the other deploy lines, on stdout
        progress.stage("memverifikasi situs (tautan, halaman, berkas)")
        problems = verify_site(site, settings.site_path, progress)
    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        print(problem, file=sys.stderr)
    if len(problems) > MAX_PROBLEMS_SHOWN:
        print(f"… dan {len(problems) - MAX_PROBLEMS_SHOWN} masalah lain", file=sys.stderr)
    if problems:
        raise DeployError(f"verifikasi situs gagal: {len(problems)} masalah; tidak ada yang diterbitkan")


def _rollback(args: argparse.Namespace, target: Target, started: float) -> int:
    if target.kind == "zip":
        outcome = archive.rollback(Path(target.path), args.dry_run)
    elif target.kind == "ssh":
        outcome = ssh.rollback(target, args.dry_run)
    else:
        outcome = local.rollback(Path(target.path), args.dry_run)
    _say(rollback_lines(outcome, time.monotonic() - started))
    return 0


def _deploy(args: argparse.Namespace, target: Target, settings: DeploySettings, started: float) -> int:
    project = Path(args.config).resolve().parent
    with contextlib.ExitStack() as stack:  # a build folder only when building
        folder = Path(args.site) if args.site else _build(args, Path(stack.enter_context(
            tempfile.TemporaryDirectory(prefix="zisite-deploy-"))))
        _verify(folder, settings)
        site = list_site(folder)
        _say([f"{'uji coba penerbitan' if args.dry_run else 'menerbitkan'} ke {target.text or target.path}…"])
        source = project if project.is_dir() else Path.cwd()
        if target.kind == "zip":
            outcome = archive.publish(site, Path(target.path), project, args.dry_run)
        else:  # a release name: the office's clock, the commit, and whether the data differ from it
            commit, zone = source_label(source), release_zone(source, args.office or settings.office)
            if target.kind == "ssh":
                outcome = ssh.publish(site, target, commit, args.keep, args.dry_run, zone=zone)
            else:
                outcome = local.publish(site, Path(target.path), commit, args.keep, args.dry_run, zone=zone)
    _say(deploy_lines(outcome, time.monotonic() - started))
    return 0


def run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    try:
        _check_usage(args)
        settings = _settings(args)
        target = _target(args, settings)
        if args.rollback:
            return _rollback(args, target, started)
        return _deploy(args, target, settings, started)
    except DeployError as exc:
        print(f"zisite: galat: {exc}", file=sys.stderr)
        if not isinstance(exc, UsageError):
            print("zisite: situs yang sudah terbit tidak berubah.", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        print(f"zisite: galat: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        print("zisite: penerbitan dihentikan; situs yang sudah terbit tidak berubah.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        # every step leaves the live site whole (old or new release); leftovers go with the next deploy
        print("zisite: dihentikan; situs yang terbit tetap utuh.", file=sys.stderr)
        return 130
