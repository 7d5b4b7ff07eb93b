"""A plan page (one per plan year): summary per area, the full tables with Monev status, downloads."""

from __future__ import annotations

from .. import opendata
from ..output import Asset
from ..plan_summary import area_summaries
from ..plan_table import plan_tables
from .common import PageContext, Rendered, build_page


def view(ctx: PageContext) -> Rendered:
    office, plan = ctx.office, ctx.plan.plan
    urls = office.urls
    files = {kind: urls.data_file(f"rencana-aksi-{plan.tahun}.{kind}") for kind in ("csv", "json", "yaml")}
    records = opendata.plan_records(office.entry.slug, plan)
    assets = (
        Asset(files["csv"], opendata.table_csv(opendata.plan_fields(plan), records)),
        Asset(files["json"], opendata.plan_json(office.entry.slug, plan, records)),
        Asset(files["yaml"], ctx.plan.source.encode("utf-8")),
    )
    monev = office.monev[plan.tahun]
    page = build_page(ctx, ctx.template, office=office.office, plan=plan, tables=plan_tables(plan, monev.views),
                      summaries=area_summaries(plan), monev=monev, monev_url=urls.monev, evidence_url=urls.evidence,
                      counts=plan.counts(), files=files, sizes={k: len(a.content) for k, a in zip(files, assets)})
    return Rendered(page, assets)
