"""The driver: walk the offices, build one context per office, render every registered page type.

Which pages exist is declared in ``registry.py``; what each page shows is its view in ``pages/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..models.project import OfficeEntry, Project
from ..progress import Progress
from . import monev, registry
from .output import Asset, Page
from .plan_links import related_rows
from .pages.common import OfficeContext, PageContext, SiteContext, environment
from .stats_sections import SECTIONS
from .urls import OfficeUrls

__all__ = ["Asset", "Page", "SiteOptions", "navigation", "render_site"]


@dataclass(frozen=True)
class SiteOptions:
    title: str = "Zona Integritas KPU"
    office: str | None = None  # build one office at the site root
    build_date: date | None = None  # the day the site describes; build.py resolves it (option, SOURCE_DATE_EPOCH, today)
    updated: dict | None = None  # office slug → (date, "git" or "berkas"): when its data last changed
    nav_offices_max: int = 20
    """Above this many offices a group site lists offices on its home page, not in the site nav:
    the theme repeats the nav on every page, so a full nav makes a national build quadratic."""
    overview_offices_max: int = 40
    """Above this many offices a group's home page lists provinces, each with its own overview page
    (render/group_overview.py), so no page grows with the number of offices."""


def _office_context(project: Project, entry: OfficeEntry, urls: OfficeUrls, section: tuple[str, ...],
                    compact: bool, on: date, updated: tuple | None) -> OfficeContext:
    public = {t.key: urls.page(t.key) for t in registry.OFFICE_PAGES if t.staff_text}
    local_nav = None
    if compact:  # large groups: each office page carries its office's pages for the site nav, not every office's
        items = [(kind.nav_title.format(**fields), urls.to(kind.key, **fields))
                 for kind, _plan, fields in registry.office_pages(entry)]
        local_nav = (entry.office.nama_singkat, items)
    return OfficeContext(
        entry=entry, urls=urls, content_dir=project.root / "content" / "offices" / entry.slug, section=section,
        monev=monev.office_monev(entry, on),  # the one assessment: plan, Monev, data pages and group home
        stats={key: list(reversed(make(files, f"{entry.slug}-{key}")))  # newest year first
               for key, make in SECTIONS.items() if (files := getattr(entry.stats, key))},
        public=public,
        local_nav=local_nav, updated=updated,
        related=related_rows(entry.latest_plan, registry.TOPIC_WORDS) if entry.plans else {})


def _nav(path: str, section: tuple[str, ...], title: str) -> tuple[str, ...]:
    return (registry.SITE_HOME_NAV,) if path == "index.md" else section + (title,)


def render_site(project: Project, options: SiteOptions = SiteOptions(),
                progress: Progress = Progress()) -> tuple[list[Page], list[Asset]]:
    """Every page and asset of the site. The project must be valid (``project.ok``).

    ``progress`` counts the offices rendered (a national build spends most of a minute here)."""
    if not project.ok:
        raise ValueError("render_site needs a valid project; run the check first")
    on = options.build_date or date.today()
    updated = options.updated or {}
    if options.office:
        entry = project.office(options.office)
        if entry is None:
            raise ValueError(f"unknown office {options.office!r}")
        offices = (_office_context(project, entry, OfficeUrls(""), (), False, on, updated.get(entry.slug)),)
    else:
        compact = len(project.offices) > options.nav_offices_max
        offices = tuple(_office_context(project, entry, OfficeUrls(f"{entry.slug}/"), (entry.office.nama_singkat,),
                                        compact, on, updated.get(entry.slug)) for entry in project.offices)
    site = SiteContext(env=environment(), build_date=on, offices=offices,
                       titles={t.key: t.title for t in registry.OFFICE_PAGES if t.staff_text},
                       overview_offices_max=options.overview_offices_max)
    pages: list[Page] = []
    assets: list[Asset] = []
    listing: list[tuple[str, tuple[tuple[str, str], ...]]] = []  # every page, for the search page
    if not options.office:
        home = registry.GROUP_HOME
        rendered = home.view(PageContext(site, home.key, home.template, "index.md", home.title.format(judul=options.title),
                                         (registry.SITE_HOME_NAV,)))
        pages += [rendered.page, *rendered.more]
        listing.append((options.title, tuple((p.nav[-1], _site_path(p.path)) for p in pages)))
    progress.count(len(offices), "kantor")
    for office in offices:
        names = {"kantor": office.office.nama_singkat}
        items = []
        for kind, plan_entry, fields in registry.office_pages(office.entry):
            path = office.urls.source(office.urls.to(kind.key, **fields))
            nav_title = kind.nav_title.format(**fields)
            page, made, more = kind.view(PageContext(site, kind.key, kind.template, path, kind.title.format(**names, **fields),
                                               _nav(path, office.section, nav_title),
                                               office=office, plan=plan_entry))
            pages += [page, *more]
            assets += made
            items += [(nav_title, _site_path(p.path)) for p in (page, *more)]
        listing.append((office.office.nama_singkat, tuple(items)))
        progress.advance()
    search = registry.SEARCH
    path = OfficeUrls.source(search.url)
    rendered = search.view(PageContext(site, search.key, search.template, path, search.title, (search.nav_title,),
                                       office=offices[0] if options.office else None,  # its footer: the office's
                                       listing=tuple(listing)))
    pages.insert(1, rendered.page)  # right after the site home, in the navigation too
    pages += rendered.more  # a large group's lists of every page, one per province part
    return pages, assets


def _site_path(source: str) -> str:
    """The site path of a page's Markdown source (``sigi/monev/index.md`` → ``sigi/monev/``)."""
    return source.removesuffix("index.md")


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
