"""Whole-site rendering: the project model → every page and asset, for a group or one office."""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from ..domain.levers import LEVERS
from ..project import OfficeEntry, Project
from . import filters, opendata
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


@dataclass(frozen=True)
class Asset:
    path: str
    content: bytes


@dataclass(frozen=True)
class SiteOptions:
    title: str = "Zona Integritas KPU"
    office: str | None = None  # build one office at the site root
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
    return env


def _page(env: Environment, template: str, path: str, title: str, nav: tuple[str, ...], *,
          local_nav: tuple[str, list[tuple[str, str]]] | None = None, **context) -> Page:
    def link(target: str) -> str:
        return relative_url(path, target)

    html = env.get_template(template).render(title=title, link=link, **context)
    if local_nav is not None:
        html = env.get_template("office_nav.html").render(
            label=local_nav[0], items=local_nav[1], link=link, current=path,
            source=OfficeUrls.source) + "\n" + html
    # Raw HTML blocks in Markdown must not contain blank lines or leading indentation
    # that Markdown would read as code.
    body = "\n".join(line.strip() for line in html.splitlines() if line.strip())
    return Page(path, title, f"# {title}\n\n{body}\n", nav, in_nav=local_nav is None)


def _office_pages(env: Environment, project: Project, entry: OfficeEntry, urls: OfficeUrls,
                  section: tuple[str, ...], compact: bool = False) -> tuple[list[Page], list[Asset]]:
    office = entry.office
    pages: list[Page] = []
    assets: list[Asset] = []
    plans = [p.plan for p in entry.plans]
    local_nav = None
    if compact:
        items = [("Beranda kantor", urls.home)]
        items += [(f"Rencana Aksi {p.tahun}", urls.plan(p.tahun)) for p in sorted(plans, key=lambda p: -p.tahun)]
        items += [("Data Terbuka", urls.data)]
        local_nav = (f"Halaman {office.nama_singkat}", items)
    pages.append(_page(env, "office_home.html", urls.source(urls.home), office.nama_singkat,
                       section + ("Beranda kantor",) if section else ("Beranda",), local_nav=local_nav,
                       office=office, plans=plans, urls=urls))
    for plan_entry in entry.plans:
        plan = plan_entry.plan
        source = (project.root / plan_entry.file).read_bytes()
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
            section + (f"Rencana Aksi {plan.tahun}",), local_nav=local_nav,
            office=office, plan=plan, tables=plan_tables(plan), summaries=area_summaries(plan),
            counts=plan.counts(), files=files, sizes={k: len(a.content) for k, a in zip(files, assets[-3:])}))
    package = urls.data_file("datapackage.json")
    assets.append(Asset(package, opendata.datapackage(entry.slug, office, plans)))
    pages.append(_page(env, "data.html", urls.source(urls.data), f"Data Terbuka {office.nama_singkat}",
                       section + ("Data Terbuka",), local_nav=local_nav, office=office, plans=plans, urls=urls, package=package))
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
        office_pages, office_assets = _office_pages(env, project, entry, OfficeUrls(""), ())
        return office_pages, office_assets
    offices = []
    compact = len(project.offices) > options.nav_offices_max
    for entry in project.offices:
        urls = OfficeUrls(f"{entry.slug}/")
        office_pages, office_assets = _office_pages(env, project, entry, urls, (entry.office.nama_singkat,), compact)
        pages += office_pages
        assets += office_assets
        offices.append((entry, urls, [(p.plan, rows_by_lever(p.plan)) for p in entry.plans]))
    home = _page(env, "group_home.html", "index.md", options.title, ("Beranda",),
                 offices=offices, levers=LEVERS)
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
