"""Whole-site rendering: the project model → every page and asset, for a group or one office."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from ..domain.levers import LEVERS
from ..models.project import OfficeEntry, Project
from . import filters, monev, opendata, public_pages
from .plan_links import related_rows
from .stats_data import headline_figures, stats_tables
from .stats_sections import SECTIONS
from .public_pages import PUBLIC_PAGES

AXE_VERSION = "4.14.1"  # the axe-core pinned in package.json (a test keeps them equal), named on the statement
from .markup import inline, plain, relative_url
from .plan_summary import area_summaries, rows_by_lever
from .plan_table import plan_tables
from .urls import OfficeUrls


@dataclass(frozen=True)
class Page:
    """One page: its Markdown source path, title, body and place in the navigation."""

    path: str
    title: str
    body: str
    nav: tuple[str, ...]
    in_nav: bool = True
    footer: str = ""  # HTML shown in the theme's footer: badge and the office's channels


@dataclass(frozen=True)
class Asset:
    path: str
    content: bytes = b""
    source: str | None = None  # a file copied as it is (evidence), instead of ``content``


@dataclass(frozen=True)
class SiteOptions:
    title: str = "Zona Integritas KPU"
    office: str | None = None  # build one office at the site root
    build_date: date | None = None  # the day the site describes; default today (SOURCE_DATE_EPOCH in the plugin)
    updated: dict | None = None  # office slug → (date, "git" or "berkas"): when its data last changed
    nav_offices_max: int = 20
    """Above this many offices a group site lists offices on its home page, not in the site nav:
    the theme repeats the nav on every page, so a full nav makes a national build quadratic."""


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("zisite", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["inline"] = inline
    env.filters["plain"] = plain
    env.filters["tanggal"] = filters.tanggal
    env.filters["kib"] = filters.kib
    env.filters["title_case"] = filters.title_case
    env.filters["decimal"] = filters.decimal
    return env


def _page(env: Environment, template: str | None, path: str, title: str, nav: tuple[str, ...], *,
          local_nav: tuple[str, list[tuple[str, str]]] | None = None, markdown: str = "",
          footer: Callable[[str], str] | None = None, before_html: str = "", **context) -> Page:
    """One page: optional Markdown text, then the template's HTML (blank-line free, unindented)."""
    def link(target: str) -> str:
        return relative_url(path, target)

    html = env.get_template(template).render(title=title, link=link, **context) if template else ""
    top = ""
    if local_nav is not None:
        top = env.get_template("office_nav.html").render(
            label=local_nav[0], items=local_nav[1], link=link, current=path, source=OfficeUrls.source)
    parts = [f"# {title}", _html_block(top), markdown.strip(), _html_block(before_html), _html_block(html)]
    body = "\n\n".join(part for part in parts if part) + "\n"
    return Page(path, title, body, nav, in_nav=local_nav is None, footer=footer(path) if footer else "")


def _html_block(html: str) -> str:
    # Raw HTML blocks in Markdown must not contain blank lines or leading indentation
    # that Markdown would read as code.
    return "\n".join(line.strip() for line in html.splitlines() if line.strip())


def _office_pages(env: Environment, project: Project, entry: OfficeEntry, urls: OfficeUrls,
                  section: tuple[str, ...], compact: bool = False,
                  build_date: date | None = None, updated: tuple | None = None,
                  monev_plans: dict | None = None) -> tuple[list[Page], list[Asset]]:
    office = entry.office
    build_date = build_date or date.today()
    pages: list[Page] = []
    assets: list[Asset] = []
    plans = [p.plan for p in entry.plans]
    latest = max(plans, key=lambda p: p.tahun) if plans else None
    public = {p.key: urls.page(p.key) for p in PUBLIC_PAGES}
    sources = {key: urls.source(path) for key, path in public.items()}
    plan_paths = [(p.tahun, urls.plan(p.tahun)) for p in sorted(plans, key=lambda p: -p.tahun)]
    local_nav = None
    if compact:
        items = [("Beranda kantor", urls.home), ("Zona Integritas", public["zona-integritas"])]
        items += [(f"Rencana Aksi {year}", path) for year, path in plan_paths]
        if plan_paths:
            items += [("Monev", urls.monev)]
        items += [(p.nav_title, public[p.key]) for p in PUBLIC_PAGES[1:]]
        items += [("Data Terbuka", urls.data)]
        local_nav = (f"Halaman {office.nama_singkat}", items)

    def footer(path: str) -> str:
        return _html_block(env.get_template("footer.html").render(
            office=office, link=lambda target: relative_url(path, target), urls=urls, public=public))

    def nav(name: str) -> tuple[str, ...]:
        return section + (name,)

    def public_page(key: str) -> Page:
        page = next(p for p in PUBLIC_PAGES if p.key == key)
        source = sources[key]
        own = entry.pages.get(key)
        text = public_pages.render_text(sandbox, key, office, public_pages.page_links(source, sources),
                                        override=own.replace if own else None, extra=own.extra if own else None,
                                        tanggal_bangun=filters.tanggal(build_date), versi_axe=AXE_VERSION)
        related = related_rows(latest, key) if latest else []
        stats_html = ""
        if stats.get(key):
            stats_html = env.get_template(f"stats/{key}.html").render(sections=stats[key])
        return _page(env, "related.html" if related else None, source, f"{page.title}", nav(page.nav_title),
                     local_nav=local_nav, markdown=text, footer=footer, related=related, plan=latest,
                     plan_url=urls.plan(latest.tahun) if latest else None, office=office,
                     before_html=stats_html)

    sandbox = public_pages.sandbox()
    stats = {key: list(reversed(make(files, f"{entry.slug}-{key}")))  # newest year first
             for key, make in SECTIONS.items() if (files := getattr(entry.stats, key))}
    latest_figures = [(key, next(p.title for p in PUBLIC_PAGES if p.key == key), sections[0])
                      for key, sections in stats.items() if sections[0].lead]
    pages.append(_page(env, "office_home.html", urls.source(urls.home), office.nama_singkat,
                       nav("Beranda kantor") if section else ("Beranda",), local_nav=local_nav, footer=footer,
                       office=office, plans=plans, urls=urls, public=public, figures=latest_figures))
    pages.append(public_page("zona-integritas"))
    if monev_plans is None:
        monev_plans = monev.office_monev(entry, build_date)
    for plan_entry in entry.plans:
        plan = plan_entry.plan
        source = plan_entry.source.encode("utf-8")
        files = {
            "csv": urls.data_file(f"rencana-aksi-{plan.tahun}.csv"),
            "json": urls.data_file(f"rencana-aksi-{plan.tahun}.json"),
            "yaml": urls.data_file(f"rencana-aksi-{plan.tahun}.yaml"),
        }
        records = opendata.plan_records(entry.slug, plan)
        assets += [
            Asset(files["csv"], opendata.plan_csv(records)),
            Asset(files["json"], opendata.plan_json(entry.slug, plan, records)),
            Asset(files["yaml"], source),
        ]
        pages.append(_page(
            env, "plan.html", urls.source(urls.plan(plan.tahun)),
            f"Rencana Aksi Zona Integritas {office.nama_singkat} Tahun {plan.tahun}",
            nav(f"Rencana Aksi {plan.tahun}"), local_nav=local_nav, footer=footer,
            office=office, plan=plan, tables=plan_tables(plan, monev_plans[plan.tahun].views),
            summaries=area_summaries(plan), monev=monev_plans[plan.tahun], monev_url=urls.monev,
            evidence_url=urls.evidence,
            counts=plan.counts(), files=files, sizes={k: len(a.content) for k, a in zip(files, assets[-3:])}))
    if entry.plans:
        pages.append(_page(
            env, "monev.html", urls.source(urls.monev), f"Monev Rencana Aksi {office.nama_singkat}",
            nav("Monev"), local_nav=local_nav, footer=footer, office=office,
            plans=[monev_plans[y] for y in sorted(monev_plans, reverse=True)],
            plan_urls={p.plan.tahun: urls.plan(p.plan.tahun) for p in entry.plans},
            updated=updated[0] if updated else None, updated_from=updated[1] if updated else None,
            evidence_url=urls.evidence, help=monev.STATUS_HELP))
        for plan_entry in entry.plans:
            for record in (plan_entry.realisasi.realisasi if plan_entry.realisasi else ()):
                for bukti in record.bukti:
                    if bukti.berkas:
                        source = project.root / "content" / "offices" / entry.slug / bukti.berkas
                        assets.append(Asset(urls.evidence(bukti.berkas), source=str(source)))
    for page in PUBLIC_PAGES:
        if page.key not in ("zona-integritas", "kontak", "aksesibilitas"):
            pages.append(public_page(page.key))
    package = urls.data_file("datapackage.json")
    tables = stats_tables(entry.stats) + monev.monev_tables(entry.plans, monev_plans, urls.evidence)
    for name, _title, fields, records in tables:
        assets.append(Asset(urls.data_file(f"{name}.csv"), opendata.table_csv(fields, records)))
        assets.append(Asset(urls.data_file(f"{name}.json"), opendata.table_json(records)))
    assets.append(Asset(package, opendata.datapackage(entry.slug, office, plans, tables)))
    pages.append(_page(env, "data.html", urls.source(urls.data), f"Data Terbuka {office.nama_singkat}",
                       nav("Data Terbuka"), local_nav=local_nav, footer=footer,
                       office=office, plans=plans, urls=urls, package=package,
                       tables=[(name, title, any(r["contoh"] for r in records)) for name, title, _f, records in tables]))
    pages.append(public_page("kontak"))
    pages.append(public_page("aksesibilitas"))
    return pages, assets


def render_site(project: Project, options: SiteOptions = SiteOptions()) -> tuple[list[Page], list[Asset]]:
    """Every page and asset of the site. The project must be valid (``project.ok``)."""
    if not project.ok:
        raise ValueError("render_site needs a valid project; run the check first")
    env = _environment()
    pages: list[Page] = []
    assets: list[Asset] = []
    if options.office:
        entry = project.office(options.office)
        if entry is None:
            raise ValueError(f"unknown office {options.office!r}")
        office_pages, office_assets = _office_pages(env, project, entry, OfficeUrls(""), (),
                                                    build_date=options.build_date,
                                                    updated=(options.updated or {}).get(entry.slug))
        return office_pages, office_assets
    offices = []
    figures = []
    assessed = []
    on = options.build_date or date.today()
    compact = len(project.offices) > options.nav_offices_max
    for entry in project.offices:
        urls = OfficeUrls(f"{entry.slug}/")
        assessed.append((entry, monev.office_monev(entry, on)))
        office_pages, office_assets = _office_pages(env, project, entry, urls, (entry.office.nama_singkat,), compact,
                                                    build_date=on, updated=(options.updated or {}).get(entry.slug),
                                                    monev_plans=assessed[-1][1])
        pages += office_pages
        assets += office_assets
        offices.append((entry, urls, [(p.plan, rows_by_lever(p.plan)) for p in entry.plans]))
        figures.append((entry, urls, headline_figures(entry.stats)))
    def group_footer(path: str) -> str:
        return _html_block(env.get_template("footer.html").render(
            office=None, link=lambda target: relative_url(path, target), urls=None, public=None))

    home = _page(env, "group_home.html", "index.md", options.title, ("Beranda",), footer=group_footer,
                 offices=offices, levers=LEVERS, figures=figures,
                 progress=monev.office_lever_progress(assessed),
                 monev_urls={e.slug: OfficeUrls(f"{e.slug}/").monev for e in project.offices},
                 names={e.slug: e.office.nama_singkat for e in project.offices},
                 on=on)
    return [home, *pages], assets


def navigation(pages: list[Page]) -> list:
    """MkDocs-style nav (list of {title: path or [...]}) from each page's nav tuple, in page order."""
    nav: list = []
    for page in pages:
        if not page.in_nav:
            continue
        level = nav
        for name in page.nav[:-1]:
            section = next((item[name] for item in level if isinstance(item, dict) and isinstance(item.get(name), list)), None)
            if section is None:
                section = []
                level.append({name: section})
            level = section
        level.append({page.nav[-1]: page.path})
    return nav
