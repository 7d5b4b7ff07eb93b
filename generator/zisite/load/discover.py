"""Find, load and validate every data file of a project into one immutable model.

This is the whole-site model the render phase reads (Pelican's two phases: model first, then
render). It never writes anything; a consumer refuses to build while ``errors`` is not empty.
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

from ..diagnostics import Diagnostic, Severity, has_errors, sort_diagnostics
from ..models import Office, Plan, Realisasi
from ..models.project import OfficeEntry, OfficeStats, PlanEntry, Project, StatsEntry
from ..models.stats import STATS_KINDS
from ..checks import install_address, privacy, sample, site_pages
from ..checks.identity import office_and_year
from ..checks.page_texts import load_office_pages
from ..checks.plan import plan_warnings
from ..checks.realisasi import check_realisasi
from ..checks.stats import check_stats
from ..checks.validate import validate
from . import contain, history
from .yaml import load_file

OFFICES_DIR = Path("content") / "offices"
PLANS_DIR = Path("plans")
STATS_DIR = "statistik"
# ASCII digits only: ``\d`` also matches Arabic-Indic or full-width digits, which int() reads as a year.
YEAR_FILE = re.compile(r"(?P<year>[0-9]{4})\.ya?ml")
REALISASI_FILE = re.compile(r"(?P<year>[0-9]{4})\.realisasi\.ya?ml")


def _one_per_year(root: Path, paths: list[Path], pattern: re.Pattern, what: str,
                  diagnostics: list[Diagnostic]) -> list[Path]:
    """``paths`` keeping one file per year: ``2026.yml`` beside ``2026.yaml`` is an error, not a silent choice."""
    by_year: dict[str, Path] = {}
    for path in sorted(paths, key=lambda p: (p.suffix != ".yaml", p.name)):  # the .yaml first
        match = pattern.fullmatch(path.name)
        if match is None:
            continue
        first = by_year.setdefault(match["year"], path)
        if first is not path:
            diagnostics.append(Diagnostic(_display(root, path), 1, 1, Severity.ERROR,
                                          f"berkas {what} tahun {match['year']} ada dua: {first.name} dan {path.name}",
                                          hint=f"satukan isinya di {first.name} lalu hapus {path.name}; "
                                               "hanya satu berkas per tahun yang dipakai",
                                          code="duplicate-year"))
    chosen = set(by_year.values())
    return [p for p in paths if pattern.fullmatch(p.name) is None or p in chosen]


def _display(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _folders(root: Path, directory: Path) -> list[Path]:
    """The folders in ``directory`` a reader may walk (links were reported by ``contain.scan``)."""
    if not directory.is_dir() or not contain.allowed(root, directory):
        return []
    return sorted(p for p in directory.iterdir() if p.is_dir() and contain.allowed(root, p))


def _yaml_files(directory: Path, root: Path) -> list[Path]:
    if not directory.is_dir() or not contain.allowed(root, directory):
        return []
    return sorted(p for p in directory.iterdir()
                  if p.suffix in (".yaml", ".yml") and p.is_file() and contain.allowed(root, p))


def office_slugs(root: Path) -> list[str]:
    """The offices a command may name: the folders of content/offices/, valid or not. A linked folder
    is named too, so that checking it reports the link rather than "no such office"."""
    root = Path(os.path.abspath(root))
    directory = root / OFFICES_DIR
    if not directory.is_dir() or not contain.allowed(root, directory):
        return []
    return sorted(p.name for p in directory.iterdir() if p.is_dir() or p.is_symlink())


def plan_files(root: Path, slug: str) -> dict[int, str]:
    """Year → ``plans/<slug>/<tahun>.yaml`` for each plan file on disk, valid or not, oldest first."""
    root = Path(os.path.abspath(root))
    found: dict[int, str] = {}
    for path in sorted(_yaml_files(root / PLANS_DIR / slug, root), key=lambda p: p.suffix != ".yaml"):
        match = YEAR_FILE.fullmatch(path.name)
        if match:
            found.setdefault(int(match["year"]), _display(root, path))
    return dict(sorted(found.items()))


def _load_stats(root: Path, office_dir: Path, diagnostics: list[Diagnostic]) -> OfficeStats:
    """Every ``statistik/<kind>/<tahun>.yaml`` of one office; a file with any error is left out."""
    base = office_dir / STATS_DIR
    if not base.is_dir():
        return OfficeStats()
    found: dict[str, list[StatsEntry]] = {kind: [] for kind in STATS_KINDS}
    kinds = ", ".join(f"{kind}/" for kind in STATS_KINDS)
    for path in _yaml_files(base, root):
        diagnostics.append(Diagnostic(_display(root, path), 1, 1, Severity.ERROR,
                                      f"berkas statistik harus berada di salah satu folder {kinds}",
                                      hint=f"pindahkan berkas ke misalnya {STATS_DIR}/pengaduan/2026.yaml",
                                      code="stat-folder"))
    for directory in _folders(root, base):
        kind = directory.name
        if kind not in STATS_KINDS:
            close = difflib.get_close_matches(kind, list(STATS_KINDS), n=1)
            for path in _yaml_files(directory, root):
                diagnostics.append(Diagnostic(
                    _display(root, path), 1, 1, Severity.ERROR,
                    f"folder statistik '{kind}' tidak dikenal" + (f"; maksud Anda '{close[0]}'?" if close else ""),
                    hint=None if close else f"folder yang sah: {kinds}", code="stat-folder"))
            continue
        for path, year, loaded in _yearly_files(root, directory, "statistik", "stat-name", diagnostics):
            stats, problems = check_stats(loaded, kind, path.name, year)
            diagnostics.extend(problems)
            diagnostics.extend(_sample_warnings(root, path, loaded))
            if stats is not None:
                found[kind].append(StatsEntry(loaded.display, kind, stats))
    return OfficeStats(**{kind: tuple(sorted(entries, key=lambda e: e.tahun)) for kind, entries in found.items()})


def _sample_warnings(root: Path, path: Path, loaded) -> list[Diagnostic]:
    """Sample data grown real (``checks/sample.py``); git is asked only about files marked contoh."""
    if not (isinstance(loaded.data, dict) and loaded.data.get("contoh") is True):
        return []
    return sample.check(loaded, history.first_version(root, _display(root, path)))


def _yearly_files(root: Path, directory: Path, what: str, code: str, diagnostics: list[Diagnostic],
                  pattern: re.Pattern = YEAR_FILE, skip: re.Pattern | None = None):
    """(path, year from the file name, parsed file) for each ``<tahun>.yaml`` in ``directory``;
    misnamed or unreadable files become diagnostics instead."""
    files = [p for p in _yaml_files(directory, root) if skip is None or not skip.fullmatch(p.name)]
    for path in _one_per_year(root, files, pattern, what, diagnostics):
        display = _display(root, path)
        name_match = pattern.fullmatch(path.name)
        if not name_match:
            diagnostics.append(Diagnostic(display, 1, 1, Severity.ERROR,
                                          f"nama berkas {what} '{path.name}' harus berupa tahun, misalnya 2026.yaml",
                                          code=code))
            continue
        loaded, problems = load_file(path, display)
        diagnostics.extend(problems)
        if loaded is not None:
            yield path, int(name_match["year"]), loaded


def _attach_realisasi(root: Path, directory: Path, entries: list[PlanEntry], office: Office | None,
                      diagnostics: list[Diagnostic]) -> list[PlanEntry]:
    """Each ``<tahun>.realisasi.yaml`` checked against its plan and attached to it."""
    if not directory.is_dir():
        return entries
    by_year = {e.plan.tahun: i for i, e in enumerate(entries)}
    realisasi_files = _one_per_year(root, [p for p in _yaml_files(directory, root) if REALISASI_FILE.fullmatch(p.name)],
                                    REALISASI_FILE, "realisasi", diagnostics)
    slug = directory.name
    for path in realisasi_files:
        year = int(REALISASI_FILE.fullmatch(path.name)["year"])
        loaded, problems = load_file(path, _display(root, path))
        diagnostics.extend(problems)
        if loaded is None:
            continue
        private = privacy.check_realisasi(loaded, office)
        diagnostics.extend(private)
        diagnostics.extend(_sample_warnings(root, path, loaded))
        realisasi, problems = validate(loaded, Realisasi)
        diagnostics.extend(problems)
        if realisasi is None:
            continue
        display = loaded.display
        misplaced = office_and_year(loaded, realisasi, file_name=path.name, year=year, kind="realisasi", folder=slug,
                                    offer_move=False)
        if misplaced is not None:
            diagnostics.append(misplaced)
            continue
        if year not in by_year:
            if any((directory / f"{year}{suffix}").is_file() for suffix in (".yaml", ".yml")):
                continue  # the plan itself is invalid; its own errors say why
            diagnostics.append(Diagnostic(display, 1, 1, Severity.ERROR,
                                          f"tidak ada rencana aksi {year} untuk realisasi ini (plans/{slug}/{year}.yaml)",
                                          hint="realisasi dicatat di samping rencana aksinya; periksa tahun pada nama berkas",
                                          code="realisasi-no-plan"))
            continue
        entry = entries[by_year[year]]
        problems = check_realisasi(realisasi, entry.plan, loaded, root / OFFICES_DIR / slug, root)
        diagnostics.extend(problems)
        if not has_errors(problems + private):
            entries[by_year[year]] = PlanEntry(entry.file, entry.plan, entry.source, realisasi, display)
    return entries


def _contained(root: Path, only_office: str | None, docs_dir: Path | None) -> list[Diagnostic]:
    """Every link or special file under content/, plans/, the MkDocs ``docs_dir`` and the theme's
    ``custom_dir``: the build reads or publishes nothing but regular files inside the project."""
    skip: set[Path] = set()
    if only_office:
        for parent in (root / OFFICES_DIR, root / PLANS_DIR):
            if parent.is_dir() and contain.allowed(root, parent):
                skip |= {p for p in parent.iterdir() if p.name != only_office}
    tops = [root / "content", root / PLANS_DIR]
    configured_docs, theme_dir = contain.configured_dirs(root)
    for folder in (docs_dir if docs_dir is not None else configured_docs, theme_dir):
        if folder is not None:
            folder = Path(os.path.abspath(root / folder))
            if not any(folder.is_relative_to(top) for top in tops):
                tops.append(folder)
    found: list[Diagnostic] = []
    for top in tops:
        found += contain.scan(root, top, frozenset(skip))
    return found


def load_project(root: Path, only_office: str | None = None, docs_dir: Path | None = None) -> Project:
    """Load every office, its statistics and its plans under ``root``; report all problems, not just the first.

    ``docs_dir``: the engine's folder of the office's own pages (MkDocs' ``docs_dir``); by default the
    one ``mkdocs.yml`` in ``root`` names. Like content/ and plans/, it may hold no symbolic link."""
    root = Path(os.path.abspath(root))
    diagnostics: list[Diagnostic] = _contained(root, only_office, docs_dir)
    offices: dict[str, tuple[str, Office]] = {}
    stats: dict[str, OfficeStats] = {}
    linked = {p.name for p in (root / OFFICES_DIR).iterdir() if p.is_symlink()} if (root / OFFICES_DIR).is_dir() else set()
    office_dirs = _folders(root, root / OFFICES_DIR)
    if not office_dirs and not linked:
        stray = not (root / "content").exists() and not (root / "mkdocs.yml").exists()
        subfolders = sorted(p.name for p in root.iterdir() if (p / "mkdocs.yml").is_file()) if stray and root.is_dir() else []
        diagnostics.append(Diagnostic(
            _display(root, root / OFFICES_DIR), 1, 1, Severity.ERROR,
            "tidak ada kantor: folder content/offices/<slug>/office.yaml belum ada"
            + ("; folder ini bukan repositori kantor (tidak ada content/ maupun mkdocs.yml)" if stray else ""),
            hint=(f"pindah dulu ke folder repositorinya: cd {subfolders[0]}" if len(subfolders) == 1 else
                  "pindah dulu ke folder repositori kantor (yang berisi mkdocs.yml), misalnya cd kab-contoh"
                  if stray else "buat kantor baru dengan `zisite init <slug>` atau salin contoh"),
            code="no-office"))
    for directory in office_dirs:
        slug = directory.name
        if only_office and slug != only_office:
            continue
        path = directory / "office.yaml"
        display = _display(root, path)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug):
            diagnostics.append(Diagnostic(display, 1, 1, Severity.ERROR,
                                          f"nama folder kantor '{slug}' tidak sah",
                                          hint="pakai huruf kecil, angka dan tanda hubung saja, misalnya banggai-kepulauan",
                                          code="slug"))
            continue
        stats[slug] = _load_stats(root, directory, diagnostics)
        if not contain.allowed(root, path):
            continue  # a link: reported where it is
        if not path.is_file():
            diagnostics.append(Diagnostic(display, 1, 1, Severity.ERROR,
                                          f"folder kantor '{slug}' tidak memuat office.yaml", code="no-office-file"))
            continue
        loaded, problems = load_file(path, display)
        diagnostics.extend(problems)
        if loaded is None:
            continue
        diagnostics.extend(privacy.check_office(loaded))
        office, problems = validate(loaded, Office)
        diagnostics.extend(problems)
        if office is not None:
            offices[slug] = (display, office)

    plans: dict[str, list[PlanEntry]] = {slug: [] for slug in offices}
    plan_root = root / PLANS_DIR
    plan_dirs = _folders(root, plan_root)
    known = sorted({d.name for d in office_dirs} | linked)
    for directory in plan_dirs:
        slug = directory.name
        if only_office and slug != only_office:
            continue
        for path, year, loaded in _yearly_files(root, directory, "rencana aksi", "plan-name", diagnostics,
                                                skip=REALISASI_FILE):
            display = loaded.display
            diagnostics.extend(privacy.check_plan(loaded, offices[slug][1] if slug in offices else None))
            plan, problems = validate(loaded, Plan)
            diagnostics.extend(problems)
            if plan is None:
                continue
            misplaced = office_and_year(loaded, plan, file_name=path.name, year=year, kind="plan", folder=slug)
            if misplaced is not None:
                diagnostics.append(misplaced)
                continue
            if slug not in offices:
                if slug not in known:
                    close = difflib.get_close_matches(slug, known, n=1)
                    line, col = loaded.place(("kantor",))
                    diagnostics.append(Diagnostic(display, line, col, Severity.ERROR,
                                                  f"kantor '{slug}' tidak ada di content/offices/"
                                                  + (f"; maksud Anda '{close[0]}'?" if close else ""),
                                                  hint=(f"pindahkan berkas ke plans/{close[0]}/ dan tulis kantor: {close[0]}"
                                                        if close else
                                                        f"buat dulu content/offices/{slug}/office.yaml"),
                                                  code="plan-unknown-office"))
                continue
            diagnostics.extend(plan_warnings(plan, loaded))
            plans[slug].append(PlanEntry(display, plan, loaded.text))

    for slug in plans:
        plans[slug] = _attach_realisasi(root, plan_root / slug, plans[slug], offices[slug][1], diagnostics)

    diagnostics.extend(install_address.check(root))
    configured_docs, _theme = contain.configured_dirs(root)
    diagnostics.extend(site_pages.check_site_pages(root, docs_dir if docs_dir is not None else configured_docs,
                                                [office for _file, office in offices.values()], sorted(offices)))

    page_texts: dict[str, dict] = {}
    for slug, (_file, office) in offices.items():
        texts, problems = load_office_pages(root / OFFICES_DIR / slug / "halaman", root, office)
        page_texts[slug] = texts
        diagnostics.extend(problems)
    entries = tuple(
        OfficeEntry(slug, display, office, tuple(sorted(plans[slug], key=lambda p: p.plan.tahun)),
                    stats.get(slug, OfficeStats()), page_texts[slug])
        for slug, (display, office) in sorted(offices.items())
    )
    return Project(root, entries, tuple(sort_diagnostics(diagnostics)))
