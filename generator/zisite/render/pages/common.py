"""What every view shares: the Jinja2 environment, the contexts the driver hands to views, and the
one function that turns a view's template context into a ``Page``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from ...staff.sandbox import md_literal
from ...text import format as fmt
from ...text.abbreviations import unexplained
from ..markup import inline, mark_english, plain, relative_url
from ..output import Asset, Page

if TYPE_CHECKING:  # only for annotations: urls imports the registry, which imports the views
    from ...models.project import OfficeEntry, PlanEntry
    from ..monev import MonevPlan
    from ..urls import OfficeUrls


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("zisite", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # package templates; a stat per get_template call added up over thousands of pages
    )
    env.filters["inline"] = inline
    env.filters["plain"] = plain
    env.filters["tanggal"] = fmt.tanggal
    env.filters["kib"] = fmt.kib
    env.filters["title_case"] = fmt.title_case
    env.filters["normal_case"] = fmt.normal_case
    env.filters["decimal"] = fmt.desimal
    return env


@dataclass(frozen=True)
class OfficeContext:
    """Everything the views of one office share, computed once per office by the driver."""

    entry: OfficeEntry
    urls: OfficeUrls
    content_dir: Path  # content/offices/<slug>/: evidence files are copied from here
    section: tuple[str, ...]  # nav section of the office's pages ('' in a single-office build)
    monev: dict[int, MonevPlan]  # plan year → its Monev assessment on the build date (assessed once)
    stats: dict[str, list]  # statistics page key → its sections, newest year first
    public: dict[str, str]  # staff-text page key → site path (links in templates)
    local_nav: tuple[str, list[tuple[str, str]]] | None = None  # (office, [(title, path)]) on large groups
    updated: tuple | None = None  # (date, "git" or "berkas"): when the office's data last changed
    related: dict[str, list] = field(default_factory=dict)  # public page key → plan rows serving it (latest plan)

    @property
    def office(self):
        return self.entry.office

    @property
    def plans(self) -> list:
        return [p.plan for p in self.entry.plans]

    @property
    def latest(self):
        return self.entry.latest_plan


@dataclass(frozen=True)
class SiteContext:
    env: Environment
    build_date: date
    titles: dict[str, str]  # staff-text page key → title (the office home names the pages of its figures)
    overview_offices_max: int  # above this many offices the group overview is split by province
    offices: tuple[OfficeContext, ...] = field(default=())


@dataclass(frozen=True)
class PageContext:
    """One page to render: where it goes and what it is about. Views read only this."""

    site: SiteContext
    key: str
    template: str
    path: str  # Markdown source path, e.g. ``sigi/monev/index.md``
    title: str
    nav: tuple[str, ...]
    office: OfficeContext | None = None  # None for the group home
    plan: PlanEntry | None = None  # for a page per plan year
    listing: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    """The search page only: every other page of the site as (group heading, ((label, path), …))."""


class Rendered(NamedTuple):
    page: Page
    assets: tuple[Asset, ...] = ()
    more: tuple[Page, ...] = ()  # further pages of the same type (a large group's province overviews)


def build_page(ctx: PageContext, template: str | None, *, text_html: str = "", before_html: str = "",
               indexed: bool = True, wasm: bool = False, **context) -> Page:
    """One page: title, the staff text (already sanitised HTML), then the template's HTML. Nothing but
    the title is left for the engine's Markdown to read. On large groups the office's own pages travel
    with the page (``Page.menu``) for the theme's site nav."""
    env = ctx.site.env

    def link(target: str) -> str:
        return relative_url(ctx.path, target)

    html = env.get_template(template).render(title=ctx.title, link=link, **context) if template else ""
    local_nav = ctx.office.local_nav if ctx.office else None
    menu = None
    if local_nav is not None:
        source = ctx.office.urls.source
        menu = (local_nav[0], tuple((title, link(target), source(target) == ctx.path) for title, target in local_nav[1]))
    glossary = unexplained(_TAGS.sub(" ", " ".join((ctx.title, text_html, before_html, html))))
    top = env.get_template("abbreviations.html").render(items=glossary) if glossary else ""
    blocks = tuple(block for block in map(html_block, map(mark_english, (top, text_html, before_html, html))) if block)
    body = "\n\n".join((f"# {mark_english(md_literal(ctx.title))}", *blocks)) + "\n"
    office = ctx.office.office.nama_singkat if ctx.office else ""
    search = (office, ctx.nav[-1]) if indexed else None
    return Page(ctx.path, ctx.title, body, ctx.nav, in_nav=local_nav is None, footer=_footer(ctx), kind=ctx.key,
                office=office, menu=menu, html_blocks=blocks, search=search, wasm=wasm)


_TAGS = re.compile(r"<[^>]*>")


def _footer(ctx: PageContext) -> str:
    office = ctx.office
    # A group page other than the home pages (the search page) links the badge to the home's section.
    to_home = office is None and ctx.key != "beranda-grup"
    return html_block(ctx.site.env.get_template("footer.html").render(
        office=office.office if office else None, link=lambda target: relative_url(ctx.path, target),
        urls=office.urls if office else None, public=office.public if office else None, to_home=to_home))


def html_block(html: str) -> str:
    # Raw HTML blocks in Markdown must not contain blank lines or leading indentation
    # that Markdown would read as code.
    return "\n".join(line.strip() for line in html.splitlines() if line.strip())
