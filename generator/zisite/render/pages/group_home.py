"""The home page of a group site (a province, the nation): every office, compared by ZI lever."""

from __future__ import annotations

from ...domain.levers import LEVERS
from .. import monev
from ..plan_summary import rows_by_lever
from ..stats_data import headline_figures
from .common import PageContext, Rendered, build_page


def view(ctx: PageContext) -> Rendered:
    offices = ctx.site.offices
    return Rendered(build_page(
        ctx, ctx.template,
        offices=[(o.entry, o.urls, [(p.plan, rows_by_lever(p.plan)) for p in o.entry.plans]) for o in offices],
        levers=LEVERS,
        figures=[(o.entry, o.urls, headline_figures(o.entry.stats)) for o in offices],
        progress=monev.office_lever_progress([(o.entry, o.monev) for o in offices]),
        monev_urls={o.entry.slug: o.urls.monev for o in offices},
        names={o.entry.slug: o.office.nama_singkat for o in offices},
        on=ctx.site.build_date))
