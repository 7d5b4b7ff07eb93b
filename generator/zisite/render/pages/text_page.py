"""A public page whose text staff may replace or extend (``halaman/<key>.md``): the standard or the
office's text, then the office's statistics for that page and the plan rows that serve it."""

from __future__ import annotations

from ...text import format as fmt
from .. import public_pages
from .common import PageContext, Rendered, build_page

AXE_VERSION = "4.14.1"  # the axe-core pinned in package.json (a test keeps them equal), named on the statement


def view(ctx: PageContext) -> Rendered:
    office = ctx.office
    own = office.entry.pages.get(ctx.key)
    text_html = public_pages.render_text(ctx.key, office.office, public_pages.page_links(ctx.path, office.public),
                                         override=own.replace if own else None, extra=own.extra if own else None,
                                         tanggal_bangun=fmt.tanggal(ctx.site.build_date), versi_axe=AXE_VERSION)
    latest = office.latest
    related = office.related.get(ctx.key, [])
    stats_html = ""
    if office.stats.get(ctx.key):
        stats_html = ctx.site.env.get_template(f"stats/{ctx.key}.html").render(sections=office.stats[ctx.key])
    return Rendered(build_page(ctx, "related.html" if related else None, text_html=text_html, before_html=stats_html,
                               related=related, plan=latest, plan_url=office.urls.plan(latest.tahun) if latest else None,
                               office=office.office))
