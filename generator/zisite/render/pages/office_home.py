"""The office home page: quick routes, latest figures, the office's plans and its open data."""

from __future__ import annotations

from .common import PageContext, Rendered, build_page


def view(ctx: PageContext) -> Rendered:
    office = ctx.office
    figures = [(key, ctx.site.titles[key], sections[0]) for key, sections in office.stats.items() if sections[0].lead]
    plans = [(plan, plan.counts()) for plan in sorted(office.plans, key=lambda p: p.tahun, reverse=True)]
    return Rendered(build_page(ctx, ctx.template, office=office.office, plans=plans, urls=office.urls,
                               public=office.public, figures=figures))
