"""The home page of a group site (a province, the nation): every office, compared by ZI lever.

A large group (more than ``overview_offices_max`` offices) gets a home page listing provinces with
their totals, and one overview page per province (``render/group_overview.py`` decides the parts),
so no page grows with the number of offices and every office is two links from the home page.
"""

from __future__ import annotations

from dataclasses import replace

from ...domain.levers import LEVERS
from .. import group_overview, monev
from ..markup import relative_url
from ..plan_summary import rows_by_lever
from ..stats_data import headline_figures
from ...text import strings as say
from ..urls import OfficeUrls
from .common import PageContext, Rendered, build_page

SPLIT_TEMPLATE = "group_split_home.html"


def view(ctx: PageContext) -> Rendered:
    contexts = ctx.site.offices
    offices = [(o.entry, o.urls, [(p.plan, rows_by_lever(p.plan)) for p in o.entry.plans]) for o in contexts]
    figures = [(o.entry, o.urls, headline_figures(o.entry.stats)) for o in contexts]
    progress = monev.office_lever_progress([(o.entry, o.monev) for o in contexts])
    shared = dict(levers=LEVERS, on=ctx.site.build_date,
                  monev_urls={o.entry.slug: o.urls.monev for o in contexts},
                  names={o.entry.slug: o.office.nama_singkat for o in contexts})
    parts = group_overview.split([o.entry for o in contexts], ctx.site.overview_offices_max)
    if not parts:
        return Rendered(build_page(ctx, ctx.template, offices=offices, figures=figures, progress=progress,
                                   part=None, siblings=(), **shared))
    home = build_page(ctx, SPLIT_TEMPLATE, rows=[group_overview.totals(part, offices, progress) for part in parts],
                      count=len(contexts), on=ctx.site.build_date)
    overviews = []
    for part in parts:
        mine = set(part.slugs)
        part_ctx = replace(ctx, path=OfficeUrls.source(part.path), title=say.PROVINCE_PAGE_TITLE.format(group=ctx.title, province=part.title),
                           nav=(*ctx.nav, part.title))
        page = build_page(part_ctx, ctx.template, offices=[o for o in offices if o[0].slug in mine],
                          figures=[f for f in figures if f[0].slug in mine],
                          progress=[p for p in progress if p[0] in mine], part=part,
                          siblings=[p for p in parts if p.province == part.province], **shared)
        # Not in the engine's nav (the theme repeats it on every page): a menu section of every
        # overview, this one marked (aria-current), shows where the reader is.
        menu = (say.PROVINCE_MENU, tuple((p.title, relative_url(part_ctx.path, p.path), p.path == part.path) for p in parts))
        overviews.append(replace(page, in_nav=False, menu=menu))
    return Rendered(home, (), tuple(overviews))
